import { hasCredentials } from "../../../src/emulator/request-credentials";

describe("recognising a Bedrock credential", () => {
  it("accepts a SigV4 authorization header without checking the signature", () => {
    const authorization =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/bedrock/aws4_request, " + "SignedHeaders=host;x-amz-date, Signature=0123abcd";
    expect(hasCredentials({ authorization })).toBe(true);
  });

  it("accepts a bearer token (Bedrock API key)", () => {
    expect(hasCredentials({ authorization: "Bearer bedrock-api-key-abc" })).toBe(true);
  });

  it.each([
    ["no authorization header", {}],
    ["an empty header", { authorization: "" }],
    ["a bare scheme", { authorization: "Bearer " }],
    ["Basic auth", { authorization: "Basic dXNlcjpwYXNz" }],
    ["SigV4 without a credential", { authorization: "AWS4-HMAC-SHA256 Signature=abc" }],
  ])("rejects %s", (_description, headers: Record<string, string>) => {
    expect(hasCredentials(headers)).toBe(false);
  });
});
