/**
 * The exceptions a stream can carry in an `exception` frame once it has started, named as the
 * frame's `:exception-type` names them: the camelCase union member of InvokeModelWithResponseStream's
 * `ResponseStream` (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html).
 * ConverseStream's union declares the same minus modelTimeoutException
 * (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html).
 */
export const STREAM_EXCEPTION_NAMES = [
  "internalServerException",
  "modelStreamErrorException",
  "modelTimeoutException",
  "serviceUnavailableException",
  "throttlingException",
  "validationException",
] as const;

export type StreamExceptionName = (typeof STREAM_EXCEPTION_NAMES)[number];

/** A mid-stream exception as it goes into its frame: the union member name and its JSON members. */
export interface StreamException {
  name: StreamExceptionName;
  /** `message`, plus `originalStatusCode` and `originalMessage` for modelStreamErrorException. */
  members: { message: string } & Readonly<Record<string, string | number>>;
}
