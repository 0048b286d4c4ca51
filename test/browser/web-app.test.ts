import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { chromium, type Browser, type Page } from "playwright-core";
import { type RecordedCall } from "../../src/emulator/call-log";
import { fetchCalls, injectFault } from "../helpers/emulator-harness";
import { exitCode, gatewayUrlOf, startMain, type MainProcess } from "../helpers/main-process";
import { serveWebApp, type WebAppServer } from "../helpers/web-app-server";

// examples/web, built by Vite and served on its own origin, driven in Debian's Chromium against
// the built gateway (dist/main.js) on another origin. Nothing between the page and the gateway
// is intercepted: the browser makes its own CORS preflights, WebSocket upgrades and SSE fetches.
const SECRET = "browser-test-secret-at-least-32-characters";
const DENIED_IMAGE_MODEL = "amazon.titan-image-generator-v2:0";
const EMBEDDING_MODEL = "amazon.titan-embed-text-v2:0";

jest.setTimeout(60_000);

describe("examples/web in Chromium, against the built gateway on another origin, trusted documents only", () => {
  let web: WebAppServer;
  let main: MainProcess;
  let gatewayUrl: string;
  let emulatorUrl: string;
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    web = await serveWebApp();
    const policyFile = join(mkdtempSync(join(tmpdir(), "web-policy-")), "policy.yaml");
    writeFileSync(
      policyFile,
      [
        "version: 1",
        "principals:",
        "  web-user:",
        "    statements:",
        '      - { effect: allow, models: ["*"] }',
        `      - { effect: deny, models: ["${DENIED_IMAGE_MODEL}"] }`,
      ].join("\n"),
    );
    main = startMain({
      PORT: "0",
      HOST: "127.0.0.1",
      CORS_ORIGINS: `http://localhost:${web.port}`,
      AUTH_ANONYMOUS: "false",
      AUTH_JWT_SECRET: SECRET,
      POLICY_FILE: policyFile,
      // As a public frontend's gateway runs: the app's own operations, by hash, and nothing else.
      TRUSTED_DOCUMENTS_FILE: join(__dirname, "..", "..", "examples", "generated", "persisted-documents.json"),
      TRUSTED_DOCUMENTS_ONLY: "true",
    });
    const emulatorLine = await main.waitFor("Using the local Bedrock emulator at");
    emulatorUrl = /emulator at (http:\/\/[\d.]+:\d+)/.exec(emulatorLine)![1]!;
    gatewayUrl = await gatewayUrlOf(main);
    token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("web-user")
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(SECRET));
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  });

  afterAll(async () => {
    await browser?.close();
    main?.child.kill("SIGTERM");
    if (main) await exitCode(main.child);
    await web?.close();
  });

  /** The app as a signed-in user opens it, from `origin`'s host. */
  async function openApp(host: "localhost" | "127.0.0.1" = "localhost", transport: "ws" | "sse" = "ws"): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`http://${host}:${web.port}/?gateway=${encodeURIComponent(gatewayUrl)}`);
    await page.fill("#token", token);
    await page.selectOption("#transport", transport);
    return page;
  }

  const streamCalls = async () => (await fetchCalls(emulatorUrl)).filter((call) => call.operation === "InvokeModelWithResponseStream");
  /** The first stream call after the first `skip`, once it has ended one way or another. */
  async function settledStream(skip: number): Promise<RecordedCall> {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const call = (await streamCalls())[skip];
      if (call !== undefined && call.outcome !== "pending") return call;
    }
    throw new Error("the stream call did not end");
  }
  const errorKinds = (page: Page) => page.locator("#errors li").evaluateAll((items) => items.map((item) => item.getAttribute("data-kind")));

  it.each(["ws", "sse"] as const)("chat over %s: the reply renders as it streams, and the call runs once", async (transport) => {
    const page = await openApp("localhost", transport);
    const before = (await streamCalls()).length;
    await page.fill("#chat-input", "Tell me about rivers");
    await page.click("#chat-send");
    await page.waitForSelector("#chat-status:has-text('Done:')");
    expect(await page.textContent("#chat-messages li[data-role=ASSISTANT]")).not.toBe("");
    expect(await errorKinds(page)).toEqual([]);
    // A completed stream is not run again by any reconnect.
    await page.waitForTimeout(1_500);
    const calls = (await streamCalls()).slice(before);
    expect(calls.map((call) => call.outcome)).toEqual(["ok"]);
    await page.close();
  });

  it("Stop cancels the subscription and the upstream call, after tokens have rendered", async () => {
    const page = await openApp();
    const before = (await streamCalls()).length;
    await injectFault(emulatorUrl, { chunkDelayMs: 300 });
    await page.fill("#chat-input", "Write a long story about the sea");
    await page.click("#chat-send");
    await page.locator("#chat-messages li[data-role=ASSISTANT]", { hasText: /\S/ }).waitFor();
    expect(await page.textContent("#chat-status")).toBe("Streaming…");
    await page.click("#chat-stop");
    const call = await settledStream(before);
    expect(call.outcome).toBe("abandoned");
    expect(await page.textContent("#chat-status")).toBe("Stopped");
    await page.close();
  });

  it("shows generated images decoded from base64", async () => {
    const page = await openApp();
    await page.fill("#image-prompt", "A lighthouse at dawn");
    await page.click("#image-form button");
    await page.waitForSelector("#image-results img");
    const widths: number[] = await page
      .locator("#image-results img")
      .evaluateAll((images) => Promise.all(images.map(async (image) => (await image.decode(), image.naturalWidth))));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((width) => width > 0)).toBe(true);
    await page.close();
  });

  it("ranks documents by cosine similarity, embedding them once", async () => {
    const page = await openApp();
    const embedLists: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.postData()?.includes("EmbedMany")) embedLists.push(request.postData()!);
    });
    const documents = ["Rivers carry water to the sea", "Mountains rise above the clouds", "Bread is baked in an oven", "Stars shine at night"];
    await page.fill("#search-model", EMBEDDING_MODEL);
    await page.fill("#search-documents", documents.join("\n"));
    await page.fill("#search-query", documents[2]!);
    await page.click("#search-form button");
    await page.waitForSelector("#search-results li");
    const ranked: Array<[string, string]> = await page
      .locator("#search-results li")
      .evaluateAll((items) => items.map((item) => [item.getAttribute("data-score"), item.textContent]));
    expect(ranked).toHaveLength(4);
    expect(ranked[0]).toEqual(["1.0000", expect.stringContaining(documents[2]!)]);
    const scores = ranked.map(([score]) => Number(score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    await page.fill("#search-query", "water");
    await page.click("#search-form button");
    await page.locator("#search-results li").first().filter({ hasNotText: "1.000" }).waitFor();
    expect(embedLists).toHaveLength(1);
    // Apollo's PersistedQueryLink sent the trusted document's hash, not its text.
    const sent = JSON.parse(embedLists[0]!) as Record<string, any>;
    expect(sent).not.toHaveProperty("query");
    expect(sent.extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    await page.close();
  });

  it("shows each typed error by its __typename", async () => {
    const page = await openApp();
    await page.fill("#image-model", DENIED_IMAGE_MODEL);
    await page.fill("#image-prompt", "anything");
    await page.click("#image-form button");
    await page.waitForSelector("#errors li[data-kind=AccessDeniedError]");
    expect(await page.textContent("#errors li[data-kind=AccessDeniedError]")).toContain(DENIED_IMAGE_MODEL);

    await injectFault(emulatorUrl, { exception: "ValidationException" });
    await page.fill("#chat-input", "hello");
    await page.click("#chat-send");
    await page.waitForSelector("#errors li[data-kind=ValidationError]");
    expect(await page.textContent("#errors li[data-kind=ValidationError]")).not.toContain("unexpected result");
    expect(await page.textContent("#chat-status")).toBe("Failed");
    await page.close();
  });

  it("refuses a page on an origin not in CORS_ORIGINS on HTTP, WebSocket and SSE: nothing reaches Bedrock", async () => {
    const before = (await fetchCalls(emulatorUrl)).length;
    for (const transport of ["ws", "sse"] as const) {
      const page = await openApp("127.0.0.1", transport);
      await page.fill("#image-prompt", "A lighthouse at dawn");
      await page.click("#image-form button");
      await page.fill("#chat-input", "hello");
      await page.click("#chat-send");
      await page.locator("#errors li[data-kind=RequestFailed]").nth(1).waitFor();
      expect(await page.textContent("#chat-status")).toBe("Failed");
      await page.close();
    }
    expect(await fetchCalls(emulatorUrl)).toHaveLength(before);
  });

  it("a bare EventSource, which cannot pass the CSRF check, is refused once and does not reconnect", async () => {
    const page = await openApp();
    const before = (await fetchCalls(emulatorUrl)).length;
    const query = `subscription { invokeModelStream(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`;
    // Written as the page's own script: the gateway must refuse it without any help from the test.
    const opened = await page.evaluate(`new Promise((resolve) => {
      const source = new EventSource(${JSON.stringify(`${gatewayUrl}/stream?query=${encodeURIComponent(query)}`)});
      let errors = 0;
      source.onerror = () => { errors += 1; };
      setTimeout(() => resolve({ errors, readyState: source.readyState }), 4000);
    })`);
    expect(opened).toEqual({ errors: 1, readyState: EventSource_CLOSED });
    expect(await fetchCalls(emulatorUrl)).toHaveLength(before);
    await page.close();
  });
});

/** EventSource.CLOSED: Node has no EventSource global to read it from. */
const EventSource_CLOSED = 2;
