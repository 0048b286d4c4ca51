import {
  AccessDeniedException,
  type BedrockRuntimeServiceException,
  InternalServerException,
  InvokeModelCommand,
  ModelErrorException,
  ModelNotReadyException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from "@aws-sdk/client-bedrock-runtime";
import { ConfiguredRetryStrategy } from "@smithy/core/retry";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { startEmulator } from "../../../src/emulator/emulator-server";
import { clearEmulator, fetchCalls, injectFault, withEmulator } from "../../helpers/emulator-harness";
import { sendHttp1 } from "../../helpers/emulator-raw-http";
import { emulatorClient } from "../../helpers/emulator-sdk-client";

// A pause injected upstream that a prompt close must not wait out.
const INJECTED_WAIT_MS = 60_000;

const TITAN_TEXT = "amazon.titan-text-express-v1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function invokeTitan(modelId = TITAN_TEXT): InvokeModelCommand {
  return new InvokeModelCommand({ modelId, body: JSON.stringify({ inputText: "hello" }) });
}

// Each InvokeModel exception, the SDK class it must arrive as, and its HTTP status:
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html
const EXCEPTIONS: Array<[string, new (...args: never[]) => BedrockRuntimeServiceException, number]> = [
  ["AccessDeniedException", AccessDeniedException, 403],
  ["InternalServerException", InternalServerException, 500],
  ["ModelErrorException", ModelErrorException, 424],
  ["ModelNotReadyException", ModelNotReadyException, 429],
  ["ModelTimeoutException", ModelTimeoutException, 408],
  ["ResourceNotFoundException", ResourceNotFoundException, 404],
  ["ServiceQuotaExceededException", ServiceQuotaExceededException, 400],
  ["ServiceUnavailableException", ServiceUnavailableException, 503],
  ["ThrottlingException", ThrottlingException, 429],
  ["ValidationException", ValidationException, 400],
];

describe("fault injection", () => {
  const emulator = withEmulator();
  afterEach(() => clearEmulator(emulator.url));

  describe("with SDK retries off", () => {
    it.each(EXCEPTIONS)("turns %s into the SDK's own exception class", async (name, exceptionClass, status) => {
      await injectFault(emulator.url, { exception: name, message: `injected ${name}` });
      const client = emulatorClient(emulator.url, { maxAttempts: 1 });
      const error = await client.send(invokeTitan()).catch((thrown: unknown) => thrown);
      client.destroy();
      expect(error).toBeInstanceOf(exceptionClass);
      expect(error).toMatchObject({ name, message: `injected ${name}`, $metadata: { httpStatusCode: status } });
      expect((error as BedrockRuntimeServiceException).$metadata.requestId).toMatch(UUID);
      expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: name }]);
    });

    it("carries ModelErrorException's originalStatusCode and resourceName", async () => {
      await injectFault(emulator.url, {
        exception: "ModelErrorException",
        originalStatusCode: 503,
        resourceName: "container",
      });
      const client = emulatorClient(emulator.url, { maxAttempts: 1 });
      const error = await client.send(invokeTitan()).catch((thrown: unknown) => thrown);
      client.destroy();
      expect(error).toBeInstanceOf(ModelErrorException);
      expect(error).toMatchObject({ originalStatusCode: 503, resourceName: "container" });
    });

    it("defaults ModelErrorException's members to status 500 and the called model", async () => {
      await injectFault(emulator.url, { exception: "ModelErrorException" });
      const client = emulatorClient(emulator.url, { maxAttempts: 1 });
      const error = await client.send(invokeTitan()).catch((thrown: unknown) => thrown);
      client.destroy();
      expect(error).toMatchObject({ originalStatusCode: 500, resourceName: TITAN_TEXT });
    });

    it("applies a fault only to the next `count` calls, in the order faults were posted", async () => {
      await injectFault(emulator.url, { exception: "ThrottlingException", count: 2 });
      await injectFault(emulator.url, { exception: "ModelTimeoutException" });
      const client = emulatorClient(emulator.url, { maxAttempts: 1 });
      const outcomes: string[] = [];
      for (let call = 0; call < 4; call++) {
        outcomes.push(
          await client.send(invokeTitan()).then(
            () => "ok",
            (error: Error) => error.name,
          ),
        );
      }
      client.destroy();
      expect(outcomes).toEqual(["ThrottlingException", "ThrottlingException", "ModelTimeoutException", "ok"]);
    });

    it("applies a fault with a model id only to calls for that model", async () => {
      await injectFault(emulator.url, { exception: "ThrottlingException", modelId: "amazon.titan-text-lite-v1" });
      const client = emulatorClient(emulator.url, { maxAttempts: 1 });
      await expect(client.send(invokeTitan())).resolves.toBeDefined();
      await expect(client.send(invokeTitan("amazon.titan-text-lite-v1"))).rejects.toBeInstanceOf(ThrottlingException);
      client.destroy();
    });
  });

  it("lets the SDK's retries absorb a fault: same invocation id, attempts 1 to 3", async () => {
    await injectFault(emulator.url, { exception: "ThrottlingException", count: 2 });
    // Three attempts as by default, without the default's second of throttling backoff.
    const client = emulatorClient(emulator.url, { retryStrategy: new ConfiguredRetryStrategy(3, 10) });
    const output = await client.send(invokeTitan());
    client.destroy();
    expect(output.$metadata.attempts).toBe(3);
    const calls = await fetchCalls(emulator.url);
    expect(calls.map((call) => call.outcome)).toEqual(["ThrottlingException", "ThrottlingException", "ok"]);
    expect(calls.map((call) => call.headers["amz-sdk-request"])).toEqual(["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]);
    const invocationIds = new Set(calls.map((call) => call.headers["amz-sdk-invocation-id"]));
    expect(invocationIds.size).toBe(1);
    expect([...invocationIds][0]).toMatch(UUID);
  });

  it("delays the answer by latencyMs, then answers normally", async () => {
    await injectFault(emulator.url, { latencyMs: 300 });
    const client = emulatorClient(emulator.url);
    const startedAt = performance.now();
    await client.send(invokeTitan());
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(300);
    client.destroy();
    expect(await fetchCalls(emulator.url)).toMatchObject([{ outcome: "ok" }]);
  });

  it("delays, then fails, when a fault has both latency and an exception", async () => {
    await injectFault(emulator.url, { latencyMs: 200, exception: "ModelTimeoutException" });
    const client = emulatorClient(emulator.url, { maxAttempts: 1 });
    const startedAt = performance.now();
    await expect(client.send(invokeTitan())).rejects.toBeInstanceOf(ModelTimeoutException);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(200);
    client.destroy();
  });

  it.each([
    ["HTTP/2", {}],
    ["HTTP/1.1", { requestHandler: new NodeHttpHandler() }],
  ])("drops the connection over %s: the SDK fails and the emulator keeps serving", async (_protocol, config) => {
    await injectFault(emulator.url, { dropConnection: true });
    const client = emulatorClient(emulator.url, { maxAttempts: 1, ...config });
    const error = await client.send(invokeTitan()).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    // No answer came back, so this is a connection failure, not a Bedrock exception.
    expect(error).not.toHaveProperty("$fault");
    await expect(client.send(invokeTitan())).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    client.destroy();
    expect((await fetchCalls(emulator.url)).map((call) => call.outcome)).toEqual(["dropped", "ok"]);
  });

  it.each([
    ["HTTP/2", {}],
    ["HTTP/1.1", { requestHandler: new NodeHttpHandler() }],
  ])("logs a call as abandoned when the client gives up during injected latency over %s", async (_protocol, config) => {
    await injectFault(emulator.url, { latencyMs: 5_000 });
    const client = emulatorClient(emulator.url, { maxAttempts: 1, ...config });
    const controller = new AbortController();
    const pending = client.send(invokeTitan(), { abortSignal: controller.signal }).catch((thrown: unknown) => thrown);
    await waitFor(async () => (await fetchCalls(emulator.url))[0]?.outcome === "pending");
    controller.abort();
    expect(await pending).toMatchObject({ name: "AbortError" });
    await waitFor(async () => (await fetchCalls(emulator.url))[0]?.outcome === "abandoned");
    client.destroy();
  });

  it("closes promptly while a call waits out injected latency", async () => {
    const own = await startEmulator({ port: 0 });
    await injectFault(own.url, { latencyMs: INJECTED_WAIT_MS });
    const client = emulatorClient(own.url, { maxAttempts: 1 });
    const pending = client.send(invokeTitan()).catch((thrown: unknown) => thrown);
    await waitFor(async () => (await fetchCalls(own.url)).length === 1);
    const startedAt = performance.now();
    await own.close();
    // Promptly means without waiting out the injected latency: a small fraction of it, however loaded the machine.
    expect(performance.now() - startedAt).toBeLessThan(INJECTED_WAIT_MS / 10);
    expect(await pending).toBeInstanceOf(Error);
    client.destroy();
  });

  describe("the admin routes", () => {
    it("stores a fault with an id and its defaults, lists it while pending and clears it", async () => {
      const stored = await injectFault(emulator.url, { exception: "ThrottlingException", count: 3 });
      expect(stored).toEqual({ id: expect.any(String), exception: "ThrottlingException", count: 3, remaining: 3 });
      const listed = await sendHttp1(emulator.url, { method: "GET", path: "/_emulator/faults" });
      expect(JSON.parse(listed.body)).toEqual([stored]);
      await sendHttp1(emulator.url, { method: "DELETE", path: "/_emulator/faults" });
      const client = emulatorClient(emulator.url, { maxAttempts: 1 });
      await expect(client.send(invokeTitan())).resolves.toBeDefined();
      client.destroy();
    });

    it.each([
      ["an unknown exception", '{"exception":"TeapotException"}'],
      ["a rule with no effect", '{"count":3}'],
      ["a body that is not JSON", "throttle please"],
    ])("rejects %s with 400 and a message", async (_description, body) => {
      const answer = await sendHttp1(emulator.url, { method: "POST", path: "/_emulator/faults", body });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ message: expect.any(String) });
    });

    it("lets injectFault report a rule the emulator refused", async () => {
      await expect(injectFault(emulator.url, { exception: "TeapotException" })).rejects.toThrow(/400/);
    });

    it("empties the call log on DELETE /_emulator/calls", async () => {
      const client = emulatorClient(emulator.url);
      await client.send(invokeTitan());
      client.destroy();
      expect(await fetchCalls(emulator.url)).toHaveLength(1);
      await sendHttp1(emulator.url, { method: "DELETE", path: "/_emulator/calls" });
      expect(await fetchCalls(emulator.url)).toEqual([]);
    });
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
