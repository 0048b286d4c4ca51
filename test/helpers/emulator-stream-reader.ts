import { type ResponseStream } from "@aws-sdk/client-bedrock-runtime";
import { type RecordedCall } from "../../src/emulator/call-log";
import { fetchCalls } from "./emulator-harness";

/** One InvokeModelWithResponseStream chunk as a client reads it: its decoded JSON and when it came. */
export interface ReceivedChunk {
  json: any;
  /** `performance.now()` when the SDK's iterator yielded it. */
  receivedAt: number;
}

/** What a stream delivered before it ended, and what it threw if it did not end cleanly. */
export interface ReadStream {
  chunks: ReceivedChunk[];
  error: unknown;
}

/**
 * Reads an InvokeModelWithResponseStream body the way a client does: each `chunk.bytes`
 * decoded and parsed as JSON, until the stream ends or the SDK's iterator throws.
 */
export async function readInvokeStream(body: AsyncIterable<ResponseStream> | undefined): Promise<ReadStream> {
  const chunks: ReceivedChunk[] = [];
  try {
    for await (const event of body ?? []) {
      if (event.chunk?.bytes === undefined) throw new Error(`unexpected event ${JSON.stringify(event)}`);
      chunks.push({ json: JSON.parse(new TextDecoder().decode(event.chunk.bytes)), receivedAt: performance.now() });
    }
    return { chunks, error: undefined };
  } catch (error) {
    return { chunks, error };
  }
}

/** Polls the call log until `matches` holds for the only call in it; fails after `timeoutMs`. */
export async function waitForCall(emulatorUrl: string, matches: (call: RecordedCall) => boolean, timeoutMs = 5_000): Promise<RecordedCall> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [call] = await fetchCalls(emulatorUrl);
    if (call !== undefined && matches(call)) return call;
    if (Date.now() > deadline) throw new Error(`no call matched in time; last seen: ${JSON.stringify(call)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
