/**
 * The headers that carry the signed-in user's credential: a JWT as `Authorization: Bearer`, an
 * API key as `x-api-key`. The same object is the WebSocket's `connectionParams`, since a browser
 * cannot set headers on a WebSocket upgrade. Empty when signed out (anonymous access).
 */
export function credentialHeaders(token: string): Record<string, string> {
  const trimmed = token.trim();
  if (trimmed === "") return {};
  return trimmed.split(".").length === 3 ? { authorization: `Bearer ${trimmed}` } : { "x-api-key": trimmed };
}
