/** Where a tenant's Bedrock calls go; absent members fall back to the gateway's own settings. */
export interface TenantScope {
  name: string;
  region?: string;
  endpoint?: string;
}

/** Who is calling, decided once per HTTP request, WebSocket connection or SSE request. */
export interface Identity {
  /** A JWT's `sub`, the principal an API key belongs to, or `anonymous`. */
  id: string;
  /** The policy file's groups of this principal, plus a JWT's `groups` claim. */
  groups: string[];
  /** How the caller proved it: decides nothing, but tells logs and `me` apart. */
  method: "jwt" | "api-key" | "anonymous";
  /** The policy file's tenant of this principal: whose region and endpoint serve its calls; null for the gateway's own. */
  tenant: TenantScope | null;
  /**
   * When the credential stops being valid, in milliseconds since the epoch (a JWT's `exp`);
   * absent for credentials that do not expire (API keys, anonymous). A WebSocket session ends then.
   */
  expiresAt?: number;
}

export const ANONYMOUS_ID = "anonymous";
