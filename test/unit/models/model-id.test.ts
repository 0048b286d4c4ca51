import { parseModelId } from "../../../src/models/model-id";

const HAIKU = "anthropic.claude-3-haiku-20240307-v1:0";

describe("parseModelId", () => {
  it("reads a foundation model id", () => {
    expect(parseModelId(HAIKU)).toEqual({ ok: true, value: { given: HAIKU, baseModelId: HAIKU, form: "foundation-model" } });
    expect(parseModelId("amazon.titan-embed-text-v1").ok).toBe(true);
    expect(parseModelId("anthropic.claude-3-sonnet-20240229-v1:0:28k").ok).toBe(true);
  });

  it.each(["us", "eu", "apac", "global", "us-gov", "jp", "au"])("reads a %s cross-Region inference profile id", (geography) => {
    const given = `${geography}.${HAIKU}`;
    expect(parseModelId(given)).toEqual({ ok: true, value: { given, baseModelId: HAIKU, form: "inference-profile", geography } });
  });

  it("reads a foundation model ARN, with its Region", () => {
    const given = `arn:aws:bedrock:us-east-1::foundation-model/${HAIKU}`;
    expect(parseModelId(given)).toEqual({ ok: true, value: { given, baseModelId: HAIKU, form: "foundation-model-arn", region: "us-east-1" } });
  });

  it("reads an inference profile ARN, with geography and Region", () => {
    const given = "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0";
    expect(parseModelId(given)).toEqual({
      ok: true,
      value: { given, baseModelId: "amazon.nova-lite-v1:0", form: "inference-profile-arn", geography: "eu", region: "eu-west-1" },
    });
  });

  it("reads ARNs in other partitions", () => {
    const given = "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:inference-profile/us-gov.anthropic.claude-3-haiku-20240307-v1:0";
    expect(parseModelId(given)).toMatchObject({ ok: true, value: { geography: "us-gov", region: "us-gov-west-1", baseModelId: HAIKU } });
  });

  it.each([
    ["arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdef123456", "provisioned-model-arn"],
    ["arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6", "application-inference-profile-arn"],
    ["arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef123456", "imported-model-arn"],
    ["arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abcdef123456", "custom-model-arn"],
    ["arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT1234:2", "other-arn"],
    ["arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1", "other-arn"],
    ["arn:aws:sagemaker:us-west-2:123456789012:endpoint/my-endpoint", "other-arn"],
  ])("reads %s as %s, with no known base model", (given, form) => {
    expect(parseModelId(given)).toMatchObject({ ok: true, value: { given, form, baseModelId: null } });
  });

  it("reads a custom model ARN's base model", () => {
    const given = "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef123456";
    expect(parseModelId(given)).toMatchObject({ ok: true, value: { form: "custom-model-arn", baseModelId: "amazon.titan-text-express-v1:0:8k" } });
  });

  it.each([
    ["an empty id", "", /empty/],
    ["an id with spaces", "anthropic claude", /whitespace/],
    ["an id with a trailing newline", `${HAIKU}\n`, /whitespace/],
    ["an id over 2048 characters", `a.${"b".repeat(2047)}`, /2048/],
    ["a bare name", "claude", /foundation model id/],
    ["capital letters", "Anthropic.Claude-3", /foundation model id/],
    ["a foundation model ARN with an account", `arn:aws:bedrock:us-east-1:123456789012:foundation-model/${HAIKU}`, /ARN/],
    ["a provisioned model ARN without one", "arn:aws:bedrock:us-east-1::provisioned-model/abcdef123456", /ARN/],
    ["an unknown resource type", "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/abcdef123456", /ARN/],
    ["another service's ARN", "arn:aws:s3:::my-bucket/model", /ARN/],
  ])("rejects %s on modelId, saying what is accepted", (_, given, message) => {
    const parsed = parseModelId(given);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.failure.field).toBe("modelId");
      expect(parsed.failure.message).toMatch(message);
    }
  });
});
