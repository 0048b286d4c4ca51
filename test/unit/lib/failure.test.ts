import { FAILURE_KINDS, invalidInput, isRetryable } from "../../../src/lib/failure";

describe("failure kinds", () => {
  it("treats throttling, capacity and server faults as retryable, client mistakes as not", () => {
    const retryable = FAILURE_KINDS.filter(isRetryable);
    expect(retryable).toEqual(["InternalServer", "ModelNotReady", "ModelTimeout", "ServiceUnavailable", "Throttling"]);
  });

  it("marks gateway validation failures with their field", () => {
    expect(invalidInput("input.modelId", "bad")).toEqual({
      kind: "Validation",
      source: "GATEWAY",
      field: "input.modelId",
      message: "bad",
    });
  });
});
