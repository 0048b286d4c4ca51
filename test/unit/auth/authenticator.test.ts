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
      verifyJwt: createJwtVerifier({ secret: null, jwksUrl: pathToFileURL(jwksPath).href, issuer: null, audience: "gw" }),
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
    expect(accepted).toEqual({ ok: true, value: { id: "svc-7", groups: ["ops"], method: "jwt", tenant: null } });
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
