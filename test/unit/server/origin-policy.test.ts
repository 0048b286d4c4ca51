import { createOriginPolicy } from "../../../src/server/origin-policy";

describe("the origin allow-list", () => {
  const allowed = createOriginPolicy(["https://app.example.com", "https://*.tenant.example", "http://localhost:*"]);

  it.each([
    ["an exact origin", "https://app.example.com", true],
    ["the same host on another scheme", "http://app.example.com", false],
    ["the same host on another port", "https://app.example.com:8443", false],
    ["a lookalike domain", "https://app.example.com.evil.test", false],
    ["a subdomain of a wildcard", "https://eu.tenant.example", true],
    ["a deeper subdomain of a wildcard", "https://a.b.tenant.example", true],
    ["the bare domain of a wildcard", "https://tenant.example", false],
    ["a suffix that is not a subdomain", "https://eviltenant.example", false],
    ["localhost on any port", "http://localhost:5173", true],
    ["localhost without a port", "http://localhost", true],
    ["another host", "http://127.0.0.2:5173", false],
    ["the literal null origin", "null", false],
  ])("%s: %s", (_case, origin, expected) => {
    expect(allowed(origin)).toBe(expected);
  });

  it("allows nothing when empty", () => {
    expect(createOriginPolicy([])("http://localhost:5173")).toBe(false);
  });
});
