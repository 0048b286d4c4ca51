import * as sdk from "@aws-sdk/client-bedrock-runtime";
import { failureFromSdkError } from "../../../src/bedrock/sdk-failure";
import { FAILURE_KINDS } from "../../../src/lib/failure";

const metadata = { httpStatusCode: 400, requestId: "req-1", attempts: 1, totalRetryDelay: 0 };

/** Every exception class the SDK exports for Bedrock Runtime. */
const exceptionClasses = Object.entries(sdk).filter(
  ([name, value]) => name.endsWith("Exception") && typeof value === "function" && value.prototype instanceof sdk.BedrockRuntimeServiceException,
) as Array<[string, new (options: any) => sdk.BedrockRuntimeServiceException]>;

describe("failureFromSdkError", () => {
  it("finds the SDK's exception classes to check", () => {
    expect(exceptionClasses.length).toBeGreaterThanOrEqual(12);
  });

  it.each(exceptionClasses)("maps the SDK's %s to a Bedrock-sourced failure kind with its request id", (name, Exception) => {
    const failure = failureFromSdkError(new Exception({ message: `boom ${name}`, $metadata: metadata }));
    expect(FAILURE_KINDS).toContain(failure.kind);
    expect(failure).toMatchObject({ source: "BEDROCK", message: `boom ${name}`, requestId: "req-1" });
  });

  it("every failure kind is reachable from some SDK exception", () => {
    const kinds = new Set(exceptionClasses.map(([, Exception]) => failureFromSdkError(new Exception({ message: "x", $metadata: metadata })).kind));
    expect([...kinds].sort()).toEqual([...FAILURE_KINDS].sort());
  });

  it("keeps ModelErrorException's members", () => {
    const error = new sdk.ModelErrorException({ message: "model failed", $metadata: metadata, originalStatusCode: 502, resourceName: "r" });
    expect(failureFromSdkError(error)).toMatchObject({ kind: "ModelError", originalStatusCode: 502, resourceName: "r" });
  });

  it("reports an unreachable endpoint as a gateway-decided ServiceUnavailable", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(failureFromSdkError(error)).toMatchObject({ kind: "ServiceUnavailable", source: "GATEWAY" });
    expect(failureFromSdkError(error).message).not.toContain("127.0.0.1");
  });

  it("reports an exception name this SDK does not model as InternalServer from Bedrock", () => {
    const error = new sdk.BedrockRuntimeServiceException({
      name: "BrandNewException",
      $fault: "server",
      message: "new",
      $metadata: { ...metadata, httpStatusCode: 500 },
    });
    expect(failureFromSdkError(error)).toMatchObject({ kind: "InternalServer", source: "BEDROCK", requestId: "req-1" });
  });
});
