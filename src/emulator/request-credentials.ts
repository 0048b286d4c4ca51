// Bedrock Runtime accepts SigV4 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv4.html) and, for API
// keys, bearer tokens (https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html). The emulator checks only
// that a credential of either kind is present; it verifies no signature.
const SIGV4_AUTHORIZATION = /^AWS4-HMAC-SHA256\s+Credential=\S+/;
const BEARER_AUTHORIZATION = /^Bearer\s+\S+/i;

/** Whether the request carries a SigV4 signature or a bearer token in its `authorization` header. */
export function hasCredentials(headers: Readonly<Record<string, string>>): boolean {
  const authorization = headers["authorization"] ?? "";
  return SIGV4_AUTHORIZATION.test(authorization) || BEARER_AUTHORIZATION.test(authorization);
}
