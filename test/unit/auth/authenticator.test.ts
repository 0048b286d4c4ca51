import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { createAccessPolicy, OPEN_POLICY_DOCUMENT } from "../../../src/auth/access-policy";
import { createAuthenticator } from "../../../src/auth/authenticator";
import { createJwtVerifier } from "../../../src/auth/jwt-verifier";

describe("bearer tokens signed with a key from a JWKS file", () => {
  it("accepts an ES256 token whose key the JWKS holds, and refuses one signed with another key", async () => {
    const trusted = await generateKeyPair("ES256");
    const stranger = await generateKeyPair("ES256");
    const directory = mkdtempSync(join(tmpdir(), "jwks-"));
    const jwksPath = join(directory, "jwks.json");
    writeFileSync(jwksPath, JSON.stringify({ keys: [{ ...(await exportJWK(trusted.publicKey)), kid: "k1", alg: "ES256" }] }));
    const authenticate = createAuthenticator({
      policy: createAccessPolicy(OPEN_POLICY_DOCUMENT),
      verifyJwt: createJwtVerifier({ secret: null, jwksUrl: pathToFileURL(jwksPath).href, issuer: null, audience: "gw", allowNoExpiry: false }),
      allowAnonymous: false,
    });
    const sign = (key: Parameters<SignJWT["sign"]>[0], audience = "gw") =>
      new SignJWT({ groups: ["ops"] })
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setSubject("svc-7")
        .setAudience(audience)
        .setExpirationTime("1m")
        .sign(key);

    const accepted = await authenticate({ authorization: `Bearer ${await sign(trusted.privateKey)}` });
    expect(accepted).toEqual({ ok: true, value: { id: "svc-7", groups: ["ops"], method: "jwt", tenant: null, expiresAt: expect.any(Number) } });
    expect(await authenticate({ authorization: `Bearer ${await sign(stranger.privateKey)}` })).toEqual({
      ok: false,
      failure: { message: "The bearer token was refused: the token's signature does not verify" },
    });
    expect(await authenticate({ authorization: `Bearer ${await sign(trusted.privateKey, "other")}` })).toEqual({
      ok: false,
      failure: { message: "The bearer token was refused: the token's aud claim is not accepted" },
    });
    // An HS256 token cannot pass for one: no shared secret is configured.
    const hs = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("x").setAudience("gw").sign(new Uint8Array(32));
    expect(await authenticate({ authorization: `Bearer ${hs}` })).toMatchObject({
      ok: false,
      failure: { message: expect.stringContaining("HS256 tokens are not accepted") },
    });
  });
});

describe("bearer tokens without an expiry", () => {
  const secret = "a-shared-secret-of-at-least-32-characters";
  const token = (expires: boolean) => {
    const jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("forever");
    return (expires ? jwt.setExpirationTime("1m") : jwt).sign(new TextEncoder().encode(secret));
  };
  const authenticatorFor = (allowNoExpiry: boolean) =>
    createAuthenticator({
      policy: createAccessPolicy(OPEN_POLICY_DOCUMENT),
      verifyJwt: createJwtVerifier({ secret, jwksUrl: null, issuer: null, audience: null, allowNoExpiry }),
      allowAnonymous: false,
    });

  it("are refused unless AUTH_JWT_ALLOW_NO_EXP allows them", async () => {
    expect(await authenticatorFor(false)({ authorization: `Bearer ${await token(false)}` })).toEqual({
      ok: false,
      failure: { message: "The bearer token was refused: the token has no exp claim, and tokens must expire" },
    });
    expect(await authenticatorFor(true)({ authorization: `Bearer ${await token(false)}` })).toMatchObject({ ok: true, value: { id: "forever" } });
  });

  it("carry their expiry into the caller's identity", async () => {
    const before = Date.now();
    const accepted = await authenticatorFor(false)({ authorization: `Bearer ${await token(true)}` });
    const expiresAt = accepted.ok ? accepted.value.expiresAt! : 0;
    expect(expiresAt).toBeGreaterThan(before);
    expect(expiresAt).toBeLessThanOrEqual(before + 61_000);
  });
});
