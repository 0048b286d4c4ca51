import { abortableDelay } from "./abortable-delay";
import { type EmulatorResponse } from "./exchange.types";
import { encodeEvent, encodeException } from "./event-stream-message";
import { injectedStreamException } from "./injected-stream-exception";
import { type AdmittedCall } from "./model-call-admission";

/** Latency figures a stream reports about itself, read when the event that carries them is sent. */
export interface StreamClock {
  /** Milliseconds from the request's arrival until now. */
  latencyMs(): number;
  /** Milliseconds from the request's arrival until the first event went out; until now before it has. */
  firstByteLatencyMs(): number;
}

/** One event of a stream: its union member name and that member's JSON. */
export interface StreamEvent {
  eventType: string;
  payload: Readonly<Record<string, unknown>>;
}

/** Builds one event when its turn comes, so figures such as latency are read as it is sent. */
export type StreamEventSource = (clock: StreamClock) => StreamEvent;

/**
 * Answers an admitted call with an HTTP 200 event stream, one frame written (and flushed) per
 * event, applying what is left of the call's fault: `chunkDelayMs` between frames, and after
 * `afterChunks` events a `streamException` frame or a dropped connection. Stops at once when
 * the client goes away or the emulator closes, and logs the outcome and the frames sent.
 */
export async function answerWithEventStream(
  { call, fault, abandoned, startedAt }: AdmittedCall,
  response: EmulatorResponse,
  headers: Readonly<Record<string, string>>,
  events: readonly StreamEventSource[],
): Promise<void> {
  const stream = response.startStream(200, headers);
  let sent = 0;
  let firstSentAt: number | undefined;
  const clock: StreamClock = {
    latencyMs: () => Math.round(performance.now() - startedAt),
    firstByteLatencyMs: () => Math.round((firstSentAt ?? performance.now()) - startedAt),
  };
  // Pacing is between frames: the first goes out as soon as the stream starts.
  const paced = async (): Promise<boolean> => sent === 0 || fault?.chunkDelayMs === undefined || abortableDelay(fault.chunkDelayMs, abandoned);
  const cutShort = fault?.streamException !== undefined || fault?.dropConnection === true;
  const eventsToSend = cutShort ? events.slice(0, fault?.afterChunks ?? 0) : events;

  for (const source of eventsToSend) {
    if (!(await paced())) return call.settle("abandoned");
    const { eventType, payload } = source(clock);
    if (!(await stream.write(encodeEvent(eventType, payload)))) return call.settle("abandoned");
    firstSentAt ??= performance.now();
    sent += 1;
    call.countChunk();
  }
  if (!cutShort) {
    stream.end();
    return call.settle("ok");
  }
  // The cut comes where the next event would have: after the same pause.
  if (!(await paced())) return call.settle("abandoned");
  if (fault?.streamException !== undefined) {
    const exception = injectedStreamException(fault.streamException, fault);
    if (!(await stream.write(encodeException(exception)))) return call.settle("abandoned");
    stream.end();
    return call.settle(exception.name);
  }
  call.settle("dropped");
  response.drop();
}
