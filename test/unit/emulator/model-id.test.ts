import { readModelId } from "../../../src/emulator/model-id";

describe("reading the {modelId} path segment", () => {
  it.each([
    ["amazon.titan-text-express-v1", "amazon.titan-text-express-v1"],
    ["anthropic.claude-3-haiku-20240307-v1%3A0", "anthropic.claude-3-haiku-20240307-v1:0"],
    ["us.anthropic.claude-3-5-sonnet-20241022-v2%3A0", "us.anthropic.claude-3-5-sonnet-20241022-v2:0"],
    ["us.anthropic.claude-3-5-sonnet-20241022-v2:0", "us.anthropic.claude-3-5-sonnet-20241022-v2:0"],
    [
      "arn%3Aaws%3Abedrock%3Aus-east-1%3A%3Afoundation-model%2Famazon.titan-embed-text-v2%3A0",
      "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
    ],
    [
      "arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile%2Fus.meta.llama3-2-11b-instruct-v1%3A0",
      "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.meta.llama3-2-11b-instruct-v1:0",
    ],
    ["my_imported-model", "my_imported-model"],
  ])("decodes %s to %s", (segment, modelId) => {
    expect(readModelId(segment)).toEqual({ ok: true, modelId });
  });

  it.each([
    ["a space", "not%20a%20model"],
    ["a slash outside an ARN", "amazon%2Ftitan"],
    ["a leading dot", ".amazon.titan"],
    ["an ARN of another service", "arn%3Aaws%3As3%3A%3A%3Abucket%2Fkey"],
    ["a control character", "amazon.titan%0A"],
  ])("rejects an id with %s", (_description, segment) => {
    const read = readModelId(segment);
    expect(read.ok).toBe(false);
    expect(read).toMatchObject({ modelId: decodeURIComponent(segment) });
  });

  it("rejects an id longer than 2048 characters but takes one of exactly 2048", () => {
    expect(readModelId("a".repeat(2048)).ok).toBe(true);
    expect(readModelId("a".repeat(2049))).toMatchObject({ ok: false, message: expect.stringContaining("2048") });
  });

  it("keeps the raw segment when it is not valid percent-encoding", () => {
    expect(readModelId("amazon%E0%A4%A")).toMatchObject({ ok: false, modelId: "amazon%E0%A4%A" });
  });
});
