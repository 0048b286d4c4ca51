import { type IncomingHttpHeaders } from "node:http";

// What a page on any site may send with a plain form or a bare fetch, without a CORS preflight.
const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);
const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

/**
 * Whether a request could only have come from a page allowed to call across origins: the same
 * rule Apollo Server applies on /graphql. A browser sends a request with a JSON content type,
 * or with one of these headers, only after a CORS preflight the gateway answered; a "simple"
 * request (a GET, a form post) it sends from any page, which must not start a billed call.
 */
export function passedPreflight(headers: IncomingHttpHeaders): boolean {
  const contentType = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== undefined && contentType !== "" && !SIMPLE_CONTENT_TYPES.has(contentType)) return true;
  return PREFLIGHT_HEADERS.some((name) => {
    const value = headers[name];
    return typeof value === "string" && value.length > 0;
  });
}

/** The refusal of a request that did not pass a preflight, worded for the developer who sent it. */
export const CSRF_REFUSAL =
  "Refused as a possible cross-site request forgery: send a JSON content-type (POST application/json), or a non-empty apollo-require-preflight header";
