import { type InvokeReply } from "../bedrock/invoke-call.types";
import { type Failure } from "../lib/failure";

/** The reply body as JSON, or undefined when it is not JSON. */
export function parseReplyJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Bedrock answered, but not in a form the gateway can read: the gateway's fault, not the caller's. */
export function unreadableReply(modelId: string, reply: InvokeReply, reason: string): Failure {
  const failure: Failure = {
    kind: "InternalServer",
    source: "GATEWAY",
    message: `The response of ${modelId} could not be read: ${reason}`,
  };
  if (reply.requestId) failure.requestId = reply.requestId;
  return failure;
}
