import { answerInvoke } from "../../../../src/emulator/engines/answer-invoke";
import { bodyOf } from "./engine-outcome.assertions";

const claudeBody = {
  anthropic_version: "bedrock-2023-05-31",
  max_tokens: 64,
  messages: [{ role: "user", content: "Hi" }],
};

describe("answerInvoke", () => {
  it.each([
    "anthropic.claude-3-haiku-20240307-v1:0",
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
    "eu.anthropic.claude-3-haiku-20240307-v1:0",
    "apac.anthropic.claude-3-haiku-20240307-v1:0",
    "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
    "us-gov.anthropic.claude-3-haiku-20240307-v1:0",
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0",
  ])("resolves %s to the Claude engine", (modelId) => {
    expect(bodyOf(answerInvoke(modelId, claudeBody)).type).toBe("message");
  });

  it("names the model in the response by its base id, whatever id was used", () => {
    const profileArn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0";
    const viaArn = answerInvoke(profileArn, claudeBody);
    expect(bodyOf(viaArn).model).toBe("claude-3-haiku-20240307");
  });

  it.each([
    "openai.gpt-5",
    "amazon.nova-reel-v1:0",
    "amazon.titan-embed-text-v3",
    "deepseek.v3-v1:0",
    "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghijkl",
    "",
  ])("answers ResourceNotFoundException for %j", (modelId) => {
    expect(answerInvoke(modelId, claudeBody)).toEqual({
      ok: false,
      exception: "ResourceNotFoundException",
      message: "Could not resolve the foundation model from the provided model identifier.",
    });
  });

  it.each([null, "text", 42, []])("answers ValidationException for a body that is not an object (%j)", (body) => {
    const outcome = answerInvoke("anthropic.claude-3-haiku-20240307-v1:0", body);
    expect(outcome).toMatchObject({ ok: false, exception: "ValidationException", message: expect.stringContaining("body:") });
  });
});
