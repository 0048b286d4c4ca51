import { redactUrlCredentials } from "../../../src/lib/redact-url-credentials";

describe("redactUrlCredentials", () => {
  it.each([
    [
      "Calling Bedrock at https://gw:p4ss@proxy.internal:8443/ (BEDROCK_MODE=endpoint)",
      "Calling Bedrock at https://***@proxy.internal:8443/ (BEDROCK_MODE=endpoint)",
    ],
    ["redis://default:s3cr%40t@cache:6379 and rediss://token@cache2", "redis://***@cache:6379 and rediss://***@cache2"],
    ["http://proxy.internal:8443/path?next=a@b", "http://proxy.internal:8443/path?next=a@b"],
    ["no url, an@email.example", "no url, an@email.example"],
  ])("%s", (text, expected) => {
    expect(redactUrlCredentials(text)).toBe(expected);
  });
});
