import { type Client } from "graphql-ws";
import { startGatewayHarness, type GatewayHarness, type GatewayHarnessOptions } from "../../helpers/gateway-harness";
import { collectStream, connectWebSocket } from "../../helpers/subscription-client";
import { INVOKE, STREAM } from "./conversation-operations";

export type Transport = "http" | "websocket";

type Result = Record<string, any>;

/** One invokeModel over HTTP POST or over the WebSocket, as a frontend sends it; the union member it answered. */
export async function invokeOver(transport: Transport, harness: GatewayHarness, socket: Client, input: Record<string, unknown>): Promise<Result> {
  if (transport === "http") {
    const response = await harness.graphql<{ invokeModel: Result }>(INVOKE, { input });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.invokeModel;
  }
  const result = await new Promise<Result>((resolve, reject) => {
    socket.subscribe<{ invokeModel: Result }>(
      { query: INVOKE, variables: { input } },
      {
        next: (value) => (value.errors ? reject(new Error(JSON.stringify(value.errors))) : resolve(value.data!.invokeModel)),
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => undefined,
      },
    );
  });
  return result;
}

/** Every event of one invokeModelStream over the WebSocket. */
export async function streamOver(socket: Client, input: Record<string, unknown>): Promise<Result[]> {
  const { events } = await collectStream(socket, STREAM, { input });
  return events.map(({ event }) => event);
}

/** What a client keeps of an answer to send the next turn: the model's turn as blocks, reasoning first. */
export function assistantTurn(answer: Result): Record<string, unknown> {
  const blocks: Array<Record<string, unknown>> = [];
  if (answer.reasoning) blocks.push({ reasoning: { text: answer.reasoning.text, signature: answer.reasoning.signature } });
  if (answer.text) blocks.push({ text: answer.text });
  for (const call of answer.toolCalls) blocks.push({ toolUse: { id: call.id, name: call.name, input: call.input } });
  return { role: "ASSISTANT", blocks };
}

/** A gateway on the emulator and a WebSocket client of it for one suite, started before its tests and closed after them. */
export function useGatewayAndSocket(options: GatewayHarnessOptions = {}): { readonly harness: GatewayHarness; readonly socket: Client } {
  let harness: GatewayHarness | undefined;
  let socket: Client | undefined;
  beforeAll(async () => {
    harness = await startGatewayHarness({}, options);
    socket = connectWebSocket(harness.gatewayUrl);
  });
  afterAll(async () => {
    await socket?.dispose();
    await harness?.close();
  });
  return {
    get harness() {
      if (harness === undefined) throw new Error("the suite's gateway is not started yet");
      return harness;
    },
    get socket() {
      if (socket === undefined) throw new Error("the suite's socket is not open yet");
      return socket;
    },
  };
}
