import { SignJWT } from "jose";
import { hashApiKey } from "../../src/auth/authenticator";
import { parseAccessPolicy } from "../../src/auth/access-policy-file";
import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness, type GatewayHarnessOptions, type HarnessAuth } from "../helpers/gateway-harness";
import { collectStream, connectWebSocket, STREAM_SUBSCRIPTION } from "../helpers/subscription-client";
import { waitFor } from "../helpers/wait-for";

const SECRET = "test-secret-0123456789-abcdefghij-klmnop";
const API_KEY = "bgk_live_5f2a9c0e7d1b4a36";

const POLICY = `
version: 1
everyone:
  statements:
    - effect: allow
      models: ["amazon.nova-*"]
groups:
  research:
    statements:
      - effect: allow
        models: ["anthropic.claude-*", "meta.llama3-*"]
      - effect: deny
        models: ["anthropic.claude-3-opus-*"]
principals:
  alice:
    groups: [research]
  batch-job:
    apiKeys: ["${hashApiKey(API_KEY)}"]
    limits: { requestsPerMinute: 2 }
  frugal:
    limits: { tokensPerDay: 10 }
`;

const policy = parseAccessPolicy(POLICY, "test policy");
if (!policy.ok) throw new Error(policy.failure);
const AUTH: HarnessAuth = {
  policy: policy.value,
  jwt: { secret: SECRET, jwksUrl: null, issuer: "https://issuer.test", audience: "bedrock-gateway" },
  allowAnonymous: false,
  redisUrl: null,
  storeFailure: "open",
};

function token(subject: string, claims: Record<string, unknown> = {}, expiresIn = "5m", issuer = "https://issuer.test"): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(issuer)
    .setAudience("bedrock-gateway")
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(SECRET));
}

const INVOKE = /* GraphQL */ `
  mutation ($modelId: String!) {
    invokeModel(input: { modelId: $modelId, text: { prompt: "Hello there", maxTokens: 20 } }) {
      __typename
      ... on TextResult {
        text
        usage {
          totalTokens
        }
      }
      ... on BedrockError {
        message
        code
        source
      }
      ... on ThrottlingError {
        retryAfterSeconds
      }
      ... on ServiceQuotaExceededError {
        retryAfterSeconds
      }
    }
  }
`;
const ME = /* GraphQL */ `
  {
    me {
      id
      groups
      method
      allowedModels
      deniedModels
      limits {
        requestsPerMinute
        tokensPerDay
      }
      tenant
    }
  }
`;

describe("who may call, and which models", () => {
  let harness: GatewayHarness;
  const logLines: string[] = [];
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 }, { auth: AUTH, logLines });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  const bearer = async (subject: string, claims?: Record<string, unknown>) => ({ authorization: `Bearer ${await token(subject, claims)}` });

  it("shows a caller their own rights with `me`, groups from the policy and the token", async () => {
    const response = await harness.graphql(ME, {}, await bearer("alice", { groups: ["night-shift"] }));
    expect(response.status).toBe(200);
    expect(response.data!.me).toEqual({
      id: "alice",
      groups: ["research", "night-shift"],
      method: "jwt",
      allowedModels: ["amazon.nova-*", "anthropic.claude-*", "meta.llama3-*"],
      deniedModels: ["anthropic.claude-3-opus-*"],
      limits: { requestsPerMinute: null, tokensPerDay: null },
      tenant: null,
    });
  });

  it.each([
    ["no credential", {}, "Authentication required"],
    ["a malformed Authorization header", { authorization: "Token abc" }, "must be `Bearer <token>`"],
    ["an unknown API key", { "x-api-key": "not-a-key-of-anyone" }, "not recognized"],
  ])("refuses %s with HTTP 401 and UNAUTHENTICATED", async (_case, headers, message) => {
    const response = await harness.graphql(ME, {}, headers);
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect(response.errors![0].message).toContain(message);
  });

  it("refuses an expired token, a wrong issuer and a wrong signature before anything executes", async () => {
    const expired = await token("alice", {}, "-1m");
    const wrongIssuer = await token("alice", {}, "5m", "https://elsewhere.test");
    const good = await token("alice");
    const forged = `${good.slice(0, good.lastIndexOf(".") + 1)}${"A".repeat(43)}`;
    const answers = await Promise.all(
      [expired, wrongIssuer, forged].map((candidate) =>
        harness.graphql(INVOKE, { modelId: "amazon.nova-lite-v1:0" }, { authorization: `Bearer ${candidate}` }),
      ),
    );
    expect(answers.map((answer) => [answer.status, answer.errors![0].message])).toEqual([
      [401, "The bearer token was refused: the token has expired"],
      [401, "The bearer token was refused: the token's iss claim is not accepted"],
      [401, "The bearer token was refused: the token's signature does not verify"],
    ]);
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });

  it("lets the policy decide per model, in every id form, and makes no upstream call for a denied one", async () => {
    const headers = await bearer("alice");
    const allowed = await Promise.all(
      [
        "anthropic.claude-3-haiku-20240307-v1:0",
        "us.anthropic.claude-3-haiku-20240307-v1:0",
        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
      ].map((modelId) => harness.graphql(INVOKE, { modelId }, headers)),
    );
    expect(allowed.map((answer) => answer.data!.invokeModel.__typename)).toEqual(["TextResult", "TextResult", "TextResult"]);
    await clearEmulator(harness.emulatorUrl);

    const denied = await harness.graphql(INVOKE, { modelId: "us.anthropic.claude-3-opus-20240229-v1:0" }, headers);
    expect(denied.data!.invokeModel).toMatchObject({ __typename: "AccessDeniedError", code: "ACCESS_DENIED", source: "GATEWAY" });
    expect(denied.data!.invokeModel.message).toContain('deny statement "anthropic.claude-3-opus-*"');
    const unlisted = await harness.graphql(INVOKE, { modelId: "mistral.mistral-large-2402-v1:0" }, headers);
    expect(unlisted.data!.invokeModel).toMatchObject({ __typename: "AccessDeniedError", source: "GATEWAY" });
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });

  it("applies the same policy to each item of invokeModels, merged embeddings included", async () => {
    const headers = await bearer("alice");
    const response = await harness.graphql(
      /* GraphQL */ `
        mutation ($inputs: [InvokeModelInput!]!) {
          invokeModels(inputs: $inputs) {
            __typename
            ... on BedrockError {
              source
            }
          }
        }
      `,
      {
        inputs: [
          { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "allowed" } },
          { modelId: "anthropic.claude-3-opus-20240229-v1:0", text: { prompt: "denied by statement" } },
          { modelId: "cohere.embed-english-v3", embedding: { text: "not allowed to alice" } },
        ],
      },
      headers,
    );
    expect(response.data!.invokeModels).toEqual([
      { __typename: "TextResult" },
      { __typename: "AccessDeniedError", source: "GATEWAY" },
      { __typename: "AccessDeniedError", source: "GATEWAY" },
    ]);
    expect((await fetchCalls(harness.emulatorUrl)).map((call) => call.modelId)).toEqual(["anthropic.claude-3-haiku-20240307-v1:0"]);
  });

  it("applies the same policy to streams over WebSocket (credentials in connection_init)", async () => {
    const client = connectWebSocket(harness.gatewayUrl, { authorization: `Bearer ${await token("someone-else")}` });
    try {
      const denied = await collectStream(client, STREAM_SUBSCRIPTION, {
        input: { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: { prompt: "hi" } },
      });
      expect(denied.events.map((received) => received.event)).toEqual([
        expect.objectContaining({ __typename: "AccessDeniedError", source: "GATEWAY" }),
      ]);
      const allowed = await collectStream(client, STREAM_SUBSCRIPTION, { input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } } });
      expect(allowed.events.at(-1)!.event.__typename).toBe("StreamCompleted");
    } finally {
      await client.dispose();
    }
    expect((await fetchCalls(harness.emulatorUrl)).map((call) => call.modelId)).toEqual(["amazon.nova-lite-v1:0"]);
  });

  it("closes a WebSocket with 4401 when connection_init carries no valid credential", async () => {
    const client = connectWebSocket(harness.gatewayUrl, { authorization: "Bearer not-a-jwt" });
    const closed = new Promise((resolve) => client.on("closed", resolve));
    const outcome = collectStream(client, STREAM_SUBSCRIPTION, { input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } } });
    await expect(outcome).rejects.toThrow();
    expect(await closed).toMatchObject({ code: 4401, reason: expect.stringContaining("not a valid JWT") });
    await client.dispose();
    expect(await fetchCalls(harness.emulatorUrl)).toEqual([]);
  });

  it("ends a WebSocket session when its token expires: the running stream ends with a typed error, then the socket closes 4401", async () => {
    await injectFault(harness.emulatorUrl, { chunkDelayMs: 250, count: 1 });
    const client = connectWebSocket(harness.gatewayUrl, { authorization: `Bearer ${await token("someone-else", {}, "2s")}` }, { lazy: false });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.on("closed", (event) => resolve(event as { code: number; reason: string })),
    );
    try {
      const input = { modelId: "amazon.nova-lite-v1:0", text: { prompt: "A long story about a river and its mills", maxTokens: 400 } };
      const { events } = await collectStream(client, STREAM_SUBSCRIPTION, { input });
      expect(events.some((received) => received.event.__typename === "TextDelta")).toBe(true);
      expect(events.at(-1)!.event).toMatchObject({
        __typename: "AccessDeniedError",
        source: "GATEWAY",
        message: expect.stringContaining("credential expired"),
      });
      expect(await closed).toMatchObject({ code: 4401, reason: "Unauthorized: the credential expired" });
    } finally {
      await client.dispose();
    }
    // The upstream stream was stopped, not left running.
    await waitFor(async () => (await fetchCalls(harness.emulatorUrl))[0]?.outcome === "abandoned");
  });

  it("closes an idle WebSocket when its token expires", async () => {
    const client = connectWebSocket(harness.gatewayUrl, { authorization: `Bearer ${await token("someone-else", {}, "1s")}` }, { lazy: false });
    const closed = new Promise<{ code: number }>((resolve) => client.on("closed", (event) => resolve(event as { code: number })));
    const first = await collectStream(client, STREAM_SUBSCRIPTION, { input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } } });
    expect(first.events.at(-1)!.event.__typename).toBe("StreamCompleted");
    expect(await closed).toMatchObject({ code: 4401 });
    await client.dispose();
  });

  it("answers an SSE request without a credential with 401 and opens no stream", async () => {
    const response = await fetch(`${harness.gatewayUrl}/stream`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: STREAM_SUBSCRIPTION, variables: { input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } } } }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("throttles an API key past its requests per minute, with retryAfterSeconds and no upstream call", async () => {
    const headers = { "x-api-key": API_KEY };
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt++) answers.push(await harness.graphql(INVOKE, { modelId: "amazon.nova-lite-v1:0" }, headers));
    expect(answers.map((answer) => answer.data!.invokeModel.__typename)).toEqual(["TextResult", "TextResult", "ThrottlingError"]);
    const throttled = answers[2].data!.invokeModel;
    expect(throttled).toMatchObject({ code: "THROTTLING", source: "GATEWAY" });
    expect(throttled.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(throttled.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(2);
  });

  it("stops a caller whose daily token budget the usage Bedrock reported has spent", async () => {
    const headers = await bearer("frugal");
    const first = await harness.graphql(INVOKE, { modelId: "amazon.nova-lite-v1:0" }, headers);
    expect(first.data!.invokeModel.__typename).toBe("TextResult");
    expect(first.data!.invokeModel.usage.totalTokens).toBeGreaterThan(10);
    const second = await harness.graphql(INVOKE, { modelId: "amazon.nova-lite-v1:0" }, headers);
    expect(second.data!.invokeModel).toMatchObject({ __typename: "ServiceQuotaExceededError", source: "GATEWAY" });
    expect(second.data!.invokeModel.message).toContain("daily budget of 10 tokens");
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(1);
  });

  it("never writes a token or an API key into its logs", async () => {
    const secrets = [await token("alice"), API_KEY, "Bearer garbage.token.value", "wrong-key-7f3e9a"];
    await harness.graphql(ME, {}, { authorization: `Bearer ${secrets[0]}` });
    await harness.graphql(ME, {}, { "x-api-key": secrets[1] });
    await harness.graphql(ME, {}, { authorization: secrets[2] });
    await harness.graphql(ME, {}, { "x-api-key": secrets[3] });
    expect(logLines.some((line) => line.includes("credential refused"))).toBe(true);
    for (const secret of [...secrets, SECRET]) {
      expect(logLines.filter((line) => line.includes(secret.replace(/^Bearer /, "")))).toEqual([]);
    }
  });
});

describe("ids whose foundation model the gateway cannot tell", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    const parsed = parseAccessPolicy(
      `version: 1\neveryone: { statements: [{ effect: allow, models: ["*"] }, { effect: deny, models: ["anthropic.claude-3-opus-*"] }] }\n`,
      "inline",
    );
    if (!parsed.ok) throw new Error(parsed.failure);
    harness = await startGatewayHarness(
      { maxAttempts: 1 },
      {
        auth: {
          policy: parsed.value,
          jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
          allowAnonymous: true,
          redisUrl: null,
          storeFailure: "open",
        },
      },
    );
  });
  afterAll(() => harness.close());

  it.each([
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-opus-20240229-v1:0:x:y",
    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
    "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1",
  ])("refuses %s with a raw body, under a deny that might match it, before calling Bedrock", async (modelId) => {
    const body = { anthropic_version: "bedrock-2023-05-31", max_tokens: 10, messages: [{ role: "user", content: "hi" }] };
    const { data } = await harness.graphql(
      `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on BedrockError { source } } }`,
      {
        input: { modelId, body },
      },
    );
    expect(data!.invokeModel).toEqual({ __typename: "AccessDeniedError", source: "GATEWAY" });
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(0);
  });
});

/** A gateway where `ada` holds the one API key `key`, no anonymous access, and the brake at `failuresPerMinute`. */
function startKeyHolderGateway(key: string, failuresPerMinute: number, options: GatewayHarnessOptions = {}): Promise<GatewayHarness> {
  const parsed = parseAccessPolicy(
    `version: 1\neveryone: { statements: [{ effect: allow, models: ["*"] }] }\nprincipals: { ada: { apiKeys: ["${hashApiKey(key)}"] } }\n`,
    "inline",
  );
  if (!parsed.ok) throw new Error(parsed.failure);
  const jwt = { secret: null, jwksUrl: null, issuer: null, audience: null };
  const auth = { policy: parsed.value, jwt, allowAnonymous: false, redisUrl: null, storeFailure: "open" as const, failuresPerMinute };
  return startGatewayHarness({}, { ...options, auth });
}

describe("guessing credentials", () => {
  const KEY = "the-one-right-key";
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startKeyHolderGateway(KEY, 5);
  });
  afterAll(() => harness.close());

  const ME = "query { me { id } }";

  it("locks an address out after its failures, on every transport, and counts both in metrics", async () => {
    // Away from a minute's end, so the five failures and the lock-out share one window.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    for (let guess = 0; guess < 5; guess++) expect((await harness.graphql(ME, {}, { "x-api-key": `guess-${guess}` })).status).toBe(401);

    const http = await fetch(harness.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": KEY },
      body: JSON.stringify({ query: ME }),
    });
    expect(http.status).toBe(429);
    expect(Number(http.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await http.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0]).toMatchObject({
      message: expect.stringContaining("Too many failed authentications"),
      extensions: { code: "UNAUTHENTICATED" },
    });

    const sse = await fetch(`${harness.gatewayUrl}/stream`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", "x-api-key": KEY },
      body: JSON.stringify({ query: ME }),
    });
    expect(sse.status).toBe(429);

    const client = connectWebSocket(harness.gatewayUrl, { "x-api-key": KEY });
    const closed = new Promise<{ code: number }>((resolve) => client.on("closed", (event) => resolve(event as { code: number })));
    await expect(collectStream(client, ME, {})).rejects.toBeDefined();
    expect(await closed).toMatchObject({ code: 4429 });
    await client.dispose();

    const metrics = await (await fetch(new URL("/metrics", harness.gatewayUrl))).text();
    expect(metrics).toMatch(/^gateway_authentication_failures_total 5$/m);
    expect(metrics).toMatch(/^gateway_authentication_lockouts_total 3$/m);
  });
});

describe("guessing credentials behind a balancer (TRUST_PROXY)", () => {
  const KEY = "the-right-key-behind-a-proxy";
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startKeyHolderGateway(KEY, 3, { trustProxy: 1 });
  });
  afterAll(() => harness.close());

  it("locks out the client the balancer names, not every client behind it", async () => {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
    const ME = "query { me { id } }";
    for (let guess = 0; guess < 3; guess++) {
      expect((await harness.graphql(ME, {}, { "x-api-key": `guess-${guess}`, "x-forwarded-for": "198.51.100.1" })).status).toBe(401);
    }
    expect((await harness.graphql(ME, {}, { "x-api-key": KEY, "x-forwarded-for": "198.51.100.1" })).status).toBe(429);
    const other = await harness.graphql(ME, {}, { "x-api-key": KEY, "x-forwarded-for": "198.51.100.2" });
    expect(other.status).toBe(200);
    expect(other.data?.me.id).toBe("ada");
  });
});
