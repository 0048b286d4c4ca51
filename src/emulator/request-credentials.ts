// Bedrock Runtime accepts SigV4 and, for API keys, bearer tokens (reference §0 and §8.7). The
// emulator checks only that a credential of either kind is present; it verifies no signature.
const SIGV4_AUTHORIZATION = /^AWS4-HMAC-SHA256\s+Credential=\S+/;
const BEARER_AUTHORIZATION = /^Bearer\s+\S+/i;

/** Whether the request carries a SigV4 signature or a bearer token in its `authorization` header. */
export function hasCredentials(headers: Readonly<Record<string, string>>): boolean {
  const authorization = headers["authorization"] ?? "";
  return SIGV4_AUTHORIZATION.test(authorization) || BEARER_AUTHORIZATION.test(authorization);
}
