import { type Client } from "graphql-ws";
import { OPEN_POLICY_DOCUMENT } from "../../src/auth/access-policy";
import { hashApiKey } from "../../src/auth/authenticator";
import { fetchCalls } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";
import { startCollector } from "../helpers/otlp-collector";
import { readEvents } from "../helpers/sse-client";
import { connectWebSocket } from "../helpers/subscription-client";
import { waitFor } from "../helpers/wait-for";

type Payload = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

/** What one operation gave a client: the request id a header carried (HTTP and SSE only), and every payload. */
interface Answer {
  headerRequestId: string | null;
  status: number | null;
  payloads: Payload[];
}

/** How a client of each transport sends one operation and reads what comes back. */
interface TransportClient {
  name: "http" | "websocket" | "sse";
  send(query: string, variables: Record<string, unknown>, apiKey: string): Promise<Answer>;
}

const API_KEY = "transport-test-key";

function httpClient(harness: GatewayHarness): TransportClient {
  return {
    name: "http",
    async send(query, variables, apiKey) {
      const response = await fetch(harness.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": apiKey },
        body: JSON.stringify({ query, variables }),
      });
      return { headerRequestId: response.headers.get("x-request-id"), status: response.status, payloads: [(await response.json()) as Payload] };
    },
  };
}

function sseClient(harness: GatewayHarness): TransportClient {
  return {
    name: "sse",
    async send(query, variables, apiKey) {
      const response = await fetch(`${harness.gatewayUrl}/stream`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream", "x-api-key": apiKey },
        body: JSON.stringify({ query, variables }),
      });
      const answer = { headerRequestId: response.headers.get("x-request-id"), status: response.status, payloads: [] as Payload[] };
      if (!(response.headers.get("content-type") ?? "").includes("text/event-stream")) {
        answer.payloads.push((await response.json()) as Payload);
        return answer;
      }
      for await (const event of readEvents(response.body!)) if (event.event === "next") answer.payloads.push(JSON.parse(event.data) as Payload);
      return answer;
    },
  };
}

function webSocketClient(harness: GatewayHarness, open: Client[]): TransportClient {
  return {
    name: "websocket",
    send(query, variables, apiKey) {
      const client = connectWebSocket(harness.gatewayUrl, { "x-api-key": apiKey });
      open.push(client);
      const answer: Answer = { headerRequestId: null, status: null, payloads: [] };
      return new Promise((resolve, reject) => {
        client.subscribe(
          { query, variables },
          {
            next: (payload) => answer.payloads.push(payload as Payload),
            // graphql-ws sends a refused operation's errors as an `error` message: a list of GraphQL errors.
            error: (error) => {
              if (Array.isArray(error)) {
                answer.payloads.push({ errors: error as Payload["errors"] });
                resolve(answer);
              } else
                reject(
                  error instanceof Error ? error : new Error(`closed: ${(error as { code: number }).code} ${(error as { reason: string }).reason}`),
                );
            },
            complete: () => resolve(answer),
          },
        );
      });
    },
  };
}

const INVOKE = /* GraphQL */ `
  mutation Invoke($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
    }
  }
`;
const INVOKE_MANY = /* GraphQL */ `
  mutation InvokeMany($inputs: [InvokeModelInput!]!) {
    invokeModels(inputs: $inputs) {
      __typename
    }
  }
`;
// Three levels of selection, one past the limit of 2 this suite sets.
const TOO_DEEP = "query Deep { models { pricing { inputPer1kTokensUsd } } }";
const input = (prompt: string) => ({ modelId: "amazon.nova-lite-v1:0", text: { prompt, maxTokens: 20 } });

describe.each(["http", "websocket", "sse"] as const)("the operation pipeline over %s", (transport) => {
  let harness: GatewayHarness;
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let client: TransportClient;
  const logLines: string[] = [];
  const sockets: Client[] = [];

  beforeAll(async () => {
    collector = await startCollector();
    harness = await startGatewayHarness(
      { maxAttempts: 1 },
      {
        logLines,
        batching: { maxInputsPerOperation: 2 },
        limits: { maxDepth: 2 },
        tracing: { endpoint: collector.url, headers: {}, serviceName: "transports", exportDelayMs: 20 },
        auth: {
          policy: { ...OPEN_POLICY_DOCUMENT, principals: { ada: { groups: [], statements: [], apiKeys: [hashApiKey(API_KEY)] } } },
          jwt: { secret: null, jwksUrl: null, issuer: null, audience: null },
          allowAnonymous: false,
          redisUrl: null,
          storeFailure: "open",
        },
      },
    );
    client = { http: httpClient, sse: sseClient, websocket: (gateway: GatewayHarness) => webSocketClient(gateway, sockets) }[transport](harness);
  });
  afterAll(async () => {
    for (const socket of sockets) await socket.dispose();
    await harness.close();
    await collector.close();
  });

  const operationCount = async (type: string, outcome: string) => {
    const metrics = await (await fetch(new URL("/metrics", harness.gatewayUrl))).text();
    const line = metrics
      .split("\n")
      .find((candidate) => candidate.startsWith(`graphql_operations_total{type="${type}",outcome="${outcome}",transport="${transport}"}`));
    return line ? Number(line.split(" ").at(-1)) : 0;
  };
  const invocationLines = () => logLines.map((line) => JSON.parse(line) as Record<string, any>).filter((line) => line.msg === "invocation");

  it("runs an operation under one request id, in a span named for it, counted ok", async () => {
    const before = await operationCount("mutation", "ok");
    const answer = await client.send(INVOKE, { input: input("transports ok") }, API_KEY);
    expect(answer.payloads).toEqual([{ data: { invokeModel: { __typename: "TextResult" } } }]);

    const logged = invocationLines().at(-1)!;
    expect(logged.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // HTTP and SSE answers carry the id in x-request-id; a WebSocket message has no headers, so its id is in its log line and errors.
    if (transport !== "websocket") expect(answer.headerRequestId).toBe(logged.requestId);

    await waitFor(async () => collector.spans.some((span) => span.attributes["gateway.request_id"] === logged.requestId && span.kind === 2));
    const operationSpan = collector.spans.find((span) => span.attributes["gateway.request_id"] === logged.requestId && span.kind === 2)!;
    expect(operationSpan.name).toBe("mutation Invoke");
    expect(operationSpan.attributes).toMatchObject({ "graphql.operation.type": "mutation", "graphql.operation.name": "Invoke" });
    expect(await operationCount("mutation", "ok")).toBe(before + 1);
  });

  it("counts an operation that answered with an error as an error, and the error carries the request id", async () => {
    const before = await operationCount("mutation", "error");
    const answer = await client.send(INVOKE_MANY, { inputs: [input("one"), input("two"), input("three")] }, API_KEY);
    const [payload] = answer.payloads;
    expect(payload!.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    if (transport !== "websocket") expect(payload!.errors![0]!.extensions!.requestId).toBe(answer.headerRequestId);
    expect(await operationCount("mutation", "error")).toBe(before + 1);
  });

  it("refuses a bad credential with the same error", async () => {
    const refused = await client.send(INVOKE, { input: input("refused") }, "not-a-key").catch((error: Error) => error);
    const message = "The API key is not recognized";
    if (transport === "websocket") {
      expect((refused as Error).message).toBe(`closed: 4401 Unauthorized: ${message}`);
      return;
    }
    const answer = refused as Answer;
    expect(answer.status).toBe(401);
    expect(answer.payloads).toEqual([{ errors: [{ message, extensions: { code: "UNAUTHENTICATED", requestId: answer.headerRequestId } }] }]);
  });

  it("refuses an operation over the limits before it runs, the same way", async () => {
    const before = await operationCount("unknown", "error");
    const callsBefore = (await fetchCalls(harness.emulatorUrl)).length;
    const answer = await client.send(TOO_DEEP, {}, API_KEY);
    const [payload] = answer.payloads;
    expect(payload!.data ?? null).toBeNull();
    expect(payload!.errors![0]).toMatchObject({
      message: expect.stringContaining("nested deeper than the limit of 2"),
      extensions: { limit: "depth", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
    if (transport !== "websocket") expect(answer.status).toBe(400);
    expect(await operationCount("unknown", "error")).toBe(before + 1);
    expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(callsBefore);
  });
});
