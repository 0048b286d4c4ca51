import { faultRuleSchema } from "../../../src/emulator/fault-rule";

describe("the fault rule an admin posts", () => {
  it("defaults count to 1", () => {
    expect(faultRuleSchema.parse({ exception: "ThrottlingException" })).toEqual({
      exception: "ThrottlingException",
      count: 1,
    });
  });

  it("takes latency alone, latency with an exception, and a dropped connection", () => {
    expect(faultRuleSchema.safeParse({ latencyMs: 500 }).success).toBe(true);
    expect(faultRuleSchema.safeParse({ latencyMs: 500, exception: "ModelTimeoutException" }).success).toBe(true);
    expect(faultRuleSchema.safeParse({ dropConnection: true, latencyMs: 10, count: 3 }).success).toBe(true);
  });

  it("takes ModelErrorException's own members", () => {
    const rule = { exception: "ModelErrorException", originalStatusCode: 503, resourceName: "container" };
    expect(faultRuleSchema.parse(rule)).toEqual({ ...rule, count: 1 });
  });

  it.each([
    ["pacing alone", { chunkDelayMs: 50 }],
    ["a mid-stream exception after some chunks", { streamException: "throttlingException", afterChunks: 2 }],
    ["a mid-stream exception as the first frame", { streamException: "validationException" }],
    ["a paced mid-stream drop", { dropConnection: true, afterChunks: 3, chunkDelayMs: 10 }],
    ["pre-stream latency with pacing", { latencyMs: 100, chunkDelayMs: 10 }],
    ["modelStreamErrorException's members", { streamException: "modelStreamErrorException", originalStatusCode: 503, originalMessage: "overloaded" }],
    ["a message for a stream exception", { streamException: "internalServerException", message: "boom" }],
  ])("takes %s", (_description, body) => {
    expect(faultRuleSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ["no effect at all", { count: 2 }],
    ["a stream exception by its HTTP name", { streamException: "ThrottlingException" }],
    ["an HTTP exception by its stream name", { exception: "throttlingException" }],
    ["afterChunks alone", { afterChunks: 2 }],
    ["afterChunks with latency only", { latencyMs: 5, afterChunks: 2 }],
    ["a negative afterChunks", { streamException: "throttlingException", afterChunks: -1 }],
    ["a stream exception with a pre-stream exception", { streamException: "throttlingException", exception: "ThrottlingException" }],
    ["a stream exception with a dropped connection", { streamException: "throttlingException", dropConnection: true }],
    ["pacing with a pre-stream exception", { chunkDelayMs: 10, exception: "ThrottlingException" }],
    ["pacing with a pre-stream drop", { chunkDelayMs: 10, dropConnection: true }],
    ["originalMessage on another stream exception", { streamException: "throttlingException", originalMessage: "x" }],
    ["originalMessage on ModelErrorException", { exception: "ModelErrorException", originalMessage: "x" }],
    ["resourceName on modelStreamErrorException", { streamException: "modelStreamErrorException", resourceName: "x" }],
    ["an unknown exception", { exception: "TeapotException" }],
    ["an exception by short name", { exception: "Throttling" }],
    ["a zero count", { exception: "ThrottlingException", count: 0 }],
    ["a fractional count", { exception: "ThrottlingException", count: 1.5 }],
    ["a negative latency", { latencyMs: -1 }],
    ["an exception on a dropped connection", { exception: "ThrottlingException", dropConnection: true }],
    ["a message without an exception", { latencyMs: 10, message: "hi" }],
    ["originalStatusCode on another exception", { exception: "ThrottlingException", originalStatusCode: 500 }],
    ["resourceName on another exception", { exception: "ValidationException", resourceName: "x" }],
    ["an out-of-range originalStatusCode", { exception: "ModelErrorException", originalStatusCode: 99 }],
    ["a misspelt field", { exception: "ThrottlingException", latency: 5 }],
    ["an array", [{ exception: "ThrottlingException" }]],
    ["an unknown corruption", { corruptBody: "scrambled" }],
    ["a corrupt body with an exception", { corruptBody: "malformed", exception: "ThrottlingException" }],
    ["a corrupt body on a dropped connection", { corruptBody: "truncated", dropConnection: true }],
    ["a corrupt body with stream pacing", { corruptBody: "wrong-shape", chunkDelayMs: 5 }],
  ])("rejects %s", (_description, body) => {
    expect(faultRuleSchema.safeParse(body).success).toBe(false);
  });
});
