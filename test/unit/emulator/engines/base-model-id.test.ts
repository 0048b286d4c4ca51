import { resolveBaseModelId } from "../../../../src/emulator/engines/base-model-id";

const CLAUDE = "anthropic.claude-3-haiku-20240307-v1:0";

describe("resolveBaseModelId", () => {
  it("keeps a base model id as it is", () => {
    expect(resolveBaseModelId(CLAUDE)).toBe(CLAUDE);
    expect(resolveBaseModelId("amazon.titan-embed-text-v2:0")).toBe("amazon.titan-embed-text-v2:0");
  });

  it.each(["us", "eu", "apac", "global", "us-gov", "jp", "au"])("removes the %s. profile geography", (geography) => {
    expect(resolveBaseModelId(`${geography}.${CLAUDE}`)).toBe(CLAUDE);
  });

  it("reads a foundation-model ARN", () => {
    expect(resolveBaseModelId(`arn:aws:bedrock:us-east-1::foundation-model/${CLAUDE}`)).toBe(CLAUDE);
    expect(resolveBaseModelId(`arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/${CLAUDE}`)).toBe(CLAUDE);
  });

  it("reads a system inference-profile ARN", () => {
    expect(resolveBaseModelId(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${CLAUDE}`)).toBe(CLAUDE);
  });

  it("cannot resolve resources the emulator does not hold", () => {
    expect(resolveBaseModelId("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghijkl")).toBeUndefined();
    expect(resolveBaseModelId("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123")).toBeUndefined();
    expect(resolveBaseModelId("arn:aws:sagemaker:us-east-1:123456789012:endpoint/my-endpoint")).toBeUndefined();
  });
});
