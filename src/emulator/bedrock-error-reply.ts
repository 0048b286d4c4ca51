import { type BedrockError, statusOf } from "./bedrock-exception";
import { type EmulatorResponse } from "./exchange.types";

// The real service names the error in this header, in Coral's `<Name>:<namespace URI>` form;
// the JS SDK reads the name from x-amzn-errortype before looking at the body (loadRestJsonErrorCode in
// https://github.com/aws/aws-sdk-js-v3).
const ERROR_TYPE_NAMESPACE = "http://internal.amazon.com/coral/com.amazon.bedrock/";

/** Answers with a Bedrock error: its status, the x-amzn-ErrorType header, and `{"message", ...members}`. */
export function sendBedrockError(response: EmulatorResponse, error: BedrockError, requestId: string): void {
  response.send(
    statusOf(error.name),
    {
      "Content-Type": "application/json",
      "x-amzn-RequestId": requestId,
      "x-amzn-ErrorType": `${error.name}:${ERROR_TYPE_NAMESPACE}`,
    },
    JSON.stringify({ message: error.message, ...error.members }),
  );
}
