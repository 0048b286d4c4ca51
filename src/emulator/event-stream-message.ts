import { EventStreamCodec, type MessageHeaders } from "@smithy/eventstream-codec";
import { fromUtf8, toUtf8 } from "@smithy/util-utf8";
import { hashText } from "./engines/stable-hash";
import { type StreamException } from "./stream-exception";

// The SDK decodes frames with this same codec (EventStreamCodec in https://github.com/smithy-lang/smithy-typescript), so
// what it reads is what real framing produces: prelude, CRCs, typed headers
// (https://docs.aws.amazon.com/transcribe/latest/dg/streaming-setting-up.html#streaming-event-stream).
const codec = new EventStreamCodec(toUtf8, fromUtf8);

const PADDING_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * Bedrock pads every stream event's JSON with `"p"`, a prefix of a-zA-Z0-9 of varying length,
 * so frame sizes do not give away token lengths (https://github.com/aws/aws-sdk-js-v3/issues/6919); SDKs ignore it. The emulator
 * derives the length from the payload, so the same answer is always framed the same way.
 */
function padded(payload: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const length = 1 + (hashText(JSON.stringify(payload)) % PADDING_ALPHABET.length);
  return { ...payload, p: PADDING_ALPHABET.slice(0, length) };
}

function stringHeaders(headers: Readonly<Record<string, string>>): MessageHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, { type: "string", value }]));
}

/** One `event` frame: `:event-type` names the union member, the payload is its JSON (padded). */
export function encodeEvent(eventType: string, payload: Readonly<Record<string, unknown>>): Uint8Array {
  return codec.encode({
    headers: stringHeaders({
      ":message-type": "event",
      ":event-type": eventType,
      ":content-type": "application/json",
    }),
    body: fromUtf8(JSON.stringify(padded(payload))),
  });
}

/** One `exception` frame, which the SDK throws from its stream iterator as the modeled exception. */
export function encodeException(exception: StreamException): Uint8Array {
  return codec.encode({
    headers: stringHeaders({
      ":message-type": "exception",
      ":exception-type": exception.name,
      ":content-type": "application/json",
    }),
    body: fromUtf8(JSON.stringify(exception.members)),
  });
}
