import { clearEmulator, injectFault, type FaultRequest } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

/**
 * `npm run test:load`: 200 concurrent clients for 60 s (LOAD_CLIENTS, LOAD_DURATION_S) against
 * the gateway and emulator on 127.0.0.1, with about one call in ten faulted: each Bedrock
 * exception, latency spikes, dropped connections, malformed, truncated and wrong-shaped response
 * bodies, mid-stream failures. Every answer must be a
 * 200 with a success or a typed error, and heap after the run must come back near its start.
 */

const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 200);
const DURATION_MS = Number(process.env.LOAD_DURATION_S ?? 60) * 1000;
const FAULT_RATE = 0.1;
// Heap may grow by this much over the run once garbage is collected.
const HEAP_BOUND_BYTES = 64 * 1024 * 1024;

const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
const INVOKE = `mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename ... on BedrockError { code source } } }`;
const TYPED = new Set([
  "TextResult",
  "AccessDeniedError",
  "InternalServerError",
  "ModelError",
  "ModelNotReadyError",
  "ModelTimeoutError",
  "ResourceNotFoundError",
  "ServiceQuotaExceededError",
  "ServiceUnavailableError",
  "ThrottlingError",
  "ValidationError",
]);

const FAULTS: FaultRequest[] = [
  ...[
    "AccessDeniedException",
    "InternalServerException",
    "ModelErrorException",
    "ModelNotReadyException",
    "ModelTimeoutException",
    "ResourceNotFoundException",
    "ServiceQuotaExceededException",
    "ServiceUnavailableException",
    "ThrottlingException",
    "ValidationException",
  ].map((exception) => ({ exception, count: 1 })),
  { latencyMs: 1_500, count: 1 },
  { dropConnection: true, count: 1 },
  ...(["malformed", "truncated", "wrong-shape"] as const).map((corruptBody) => ({ corruptBody, count: 1 })),
];

const collect = () => (globalThis as { gc?: () => void }).gc?.();
const heapUsed = () => {
  collect();
  return process.memoryUsage().heapUsed;
};

describe("under load with injected faults", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    // A short deadline turns latency spikes into ModelTimeoutError too; the breaker stays out of the way.
    harness = await startGatewayHarness(
      { maxAttempts: 2, timeoutMs: 1_000, maxSockets: 256 },
      { breaker: { failureThreshold: 1_000, cooldownMs: 1_000 } },
    );
  });
  afterAll(() => harness.close());

  it("answers every call with a success or a typed error, and its memory comes back", async () => {
    const warmup = await harness.graphql(INVOKE, { input: { modelId: MODEL, text: { prompt: "warm up" } } });
    expect(warmup.data?.invokeModel.__typename).toBe("TextResult");
    const heapBefore = heapUsed();

    const outcomes = new Map<string, number>();
    const problems: string[] = [];
    const deadline = Date.now() + DURATION_MS;
    let faultIndex = 0;
    const client = async (id: number) => {
      while (Date.now() < deadline) {
        if (Math.random() < FAULT_RATE) await injectFault(harness.emulatorUrl, FAULTS[faultIndex++ % FAULTS.length]!);
        const response = await harness.graphql(INVOKE, { input: { modelId: MODEL, text: { prompt: `client ${id} asks` } } });
        const typename = response.data?.invokeModel?.__typename as string | undefined;
        if (response.status >= 500 || !typename || !TYPED.has(typename)) {
          if (problems.length < 20) problems.push(`${response.status} ${JSON.stringify(response).slice(0, 200)}`);
        }
        outcomes.set(typename ?? `status ${response.status}`, (outcomes.get(typename ?? `status ${response.status}`) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    await clearEmulator(harness.emulatorUrl);

    const total = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
    console.log(`${total} calls by ${CLIENTS} clients in ${DURATION_MS / 1000} s:`, Object.fromEntries(outcomes));
    expect(problems).toEqual([]);
    expect(outcomes.get("TextResult") ?? 0).toBeGreaterThan(total * 0.5);

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const growth = heapUsed() - heapBefore;
    console.log(`heap growth after the run: ${(growth / 1024 / 1024).toFixed(1)} MiB`);
    expect(growth).toBeLessThan(HEAP_BOUND_BYTES);
  });
});
