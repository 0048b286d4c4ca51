import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Identity } from "../../../src/auth/identity";
import { createTrustedDocuments, readTrustedDocumentsFile } from "../../../src/server/trusted-documents";

const TEXT = "query Me { me { id } }";
const HASH = createHash("sha256").update(TEXT).digest("hex");
const caller = (id: string): Identity => ({ id, groups: [], method: "api-key", tenant: null });

function manifestFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), "manifest-")), "persisted-documents.json");
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

describe("the trusted-documents manifest", () => {
  it("reads the client preset's sha256:-prefixed keys and resolves bare or prefixed hashes", () => {
    const manifest = readTrustedDocumentsFile(manifestFile({ [`sha256:${HASH}`]: TEXT }));
    const trusted = createTrustedDocuments({ manifest, only: true, mayRunAnyOperation: () => false });
    for (const hash of [HASH, `sha256:${HASH}`, HASH.toUpperCase()]) {
      expect(trusted.resolve(undefined, { persistedQuery: { version: 1, sha256Hash: hash } })).toEqual({ ok: true, value: TEXT });
    }
    expect(trusted.resolve("query { x }", undefined)).toEqual({ ok: true, value: "query { x }" });
  });

  it("refuses at start a manifest whose hash is not its document's, naming the entry", () => {
    expect(() => readTrustedDocumentsFile(manifestFile({ [HASH]: `${TEXT} ` }))).toThrow(`${HASH} is not the SHA-256 of its document`);
    expect(() => readTrustedDocumentsFile(manifestFile("not json"))).toThrow("TRUSTED_DOCUMENTS_FILE");
    expect(() => readTrustedDocumentsFile(manifestFile([TEXT]))).toThrow("hash → document");
  });

  it("lets a caller run another text only when not enforcing or when the policy says so", () => {
    const manifest = new Map([[HASH, TEXT]]);
    const enforcing = createTrustedDocuments({ manifest, only: true, mayRunAnyOperation: (identity) => identity.id === "developer" });
    expect(enforcing.refusal(TEXT, caller("app"))).toBeNull();
    expect(enforcing.refusal("query { me { groups } }", caller("app"))?.extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    expect(enforcing.refusal("query { me { groups } }", caller("developer"))).toBeNull();
    const lenient = createTrustedDocuments({ manifest, only: false, mayRunAnyOperation: () => false });
    expect(lenient.refusal("query { me { groups } }", caller("app"))).toBeNull();
  });
});
