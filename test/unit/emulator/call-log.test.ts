import { CallLog, redactHeaders } from "../../../src/emulator/call-log";

const CALL = {
  operation: "InvokeModel" as const,
  modelId: "amazon.titan-text-express-v1",
  path: "/model/amazon.titan-text-express-v1/invoke",
  httpVersion: "2.0" as const,
  receivedAt: "2025-01-01T00:00:00.000Z",
};

describe("the call log", () => {
  it("keeps calls oldest first, pending until a route settles them", () => {
    const log = new CallLog();
    const first = log.record({ ...CALL, headers: {} });
    log.record({ ...CALL, headers: {} });
    first.setBody({ inputText: "hello" });
    first.settle("ThrottlingException");
    expect(log.list()).toMatchObject([
      { id: 1, body: { inputText: "hello" }, outcome: "ThrottlingException" },
      { id: 2, body: null, outcome: "pending" },
    ]);
  });

  it("counts the chunks of streaming calls only, from zero", () => {
    const log = new CallLog();
    const stream = log.record({ ...CALL, operation: "ConverseStream", headers: {} });
    log.record({ ...CALL, operation: "Converse", headers: {} });
    stream.countChunk();
    stream.countChunk();
    stream.settle("modelStreamErrorException");
    const [streamed, answered] = log.list();
    expect(streamed).toMatchObject({ chunksSent: 2, outcome: "modelStreamErrorException" });
    expect(answered).not.toHaveProperty("chunksSent");
    expect(log.record({ ...CALL, operation: "InvokeModelWithResponseStream", headers: {} })).toBeDefined();
    expect(log.list()[2].chunksSent).toBe(0);
  });

  it("keeps SDK retry headers and redacts credentials, leaving only the scheme", () => {
    const log = new CallLog();
    log.record({
      ...CALL,
      headers: {
        authorization: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/bedrock/aws4_request, Signature=ab12",
        "x-amz-security-token": "session-token",
        "amz-sdk-request": "attempt=2; max=3",
        "amz-sdk-invocation-id": "5f0c1a2e-0000-4000-8000-000000000000",
      },
    });
    expect(log.list()[0].headers).toEqual({
      authorization: "AWS4-HMAC-SHA256 [redacted]",
      "x-amz-security-token": "[redacted]",
      "amz-sdk-request": "attempt=2; max=3",
      "amz-sdk-invocation-id": "5f0c1a2e-0000-4000-8000-000000000000",
    });
  });

  it("redacts a bearer token and an unknown scheme whole", () => {
    const bearer = redactHeaders({ authorization: "Bearer bedrock-api-key-secret" });
    expect(bearer).toEqual({ authorization: "Bearer [redacted]" });
    expect(redactHeaders({ authorization: "secret" })).toEqual({ authorization: "[redacted]" });
  });

  it("hands out copies, and starts numbering again once cleared", () => {
    const log = new CallLog();
    log.record({ ...CALL, headers: {} });
    log.list()[0].outcome = "ok";
    expect(log.list()[0].outcome).toBe("pending");
    log.clear();
    expect(log.list()).toEqual([]);
    log.record({ ...CALL, headers: {} });
    expect(log.list()[0].id).toBe(1);
  });
});
