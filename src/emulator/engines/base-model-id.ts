/**
 * Cross-Region inference profile ids are `<geography>.<base model id>`, geographies us, eu, apac,
 * us-gov, jp, au, global: https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html
 * "us-gov" comes before "us" so the longer prefix wins.
 */
const PROFILE_GEOGRAPHY = /^(?:us-gov|us|eu|apac|jp|au|global)\.(?=[a-z0-9-]+\.)/;

// arn:<partition>:bedrock:<region>:<account, empty for foundation models>:<type>/<resource>
const BEDROCK_ARN = /^arn:aws(?:-[^:]+)?:bedrock:[a-z0-9-]*:[0-9]*:([a-z-]+)\/(.+)$/;

/**
 * The foundation model a model id names: a base id as is, a Cross-Region profile id without its
 * geography, a foundation-model or system inference-profile ARN by its resource. Other ARNs
 * (application profiles, provisioned, custom and imported models) name resources this emulator
 * does not hold, so they resolve to nothing.
 */
export function resolveBaseModelId(modelId: string): string | undefined {
  const arn = BEDROCK_ARN.exec(modelId);
  if (arn !== null) {
    const [, resourceType, resource] = arn;
    if (resourceType === "foundation-model") {
      return resource;
    }
    return resourceType === "inference-profile" ? resource.replace(PROFILE_GEOGRAPHY, "") : undefined;
  }
  if (modelId.startsWith("arn:")) {
    return undefined;
  }
  return modelId.replace(PROFILE_GEOGRAPHY, "");
}
