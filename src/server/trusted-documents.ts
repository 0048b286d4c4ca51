import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { GraphQLError } from "graphql";
import { type Identity } from "../auth/identity";
import { ConfigError } from "../config/config-error";
import { fail, ok, type Result } from "../lib/result";

/**
 * Trusted documents for public frontends: the operations an app was built with, known by the
 * SHA-256 hash graphql-codegen's client preset gives each (`persistedDocuments`). A request names
 * one by hash, as Apollo's persisted-query extension (`extensions.persistedQuery.sha256Hash`), and
 * the gateway runs the manifest's text, whatever text came with it. With `only`, a caller without
 * the policy's `arbitraryOperations` may run nothing else, on every transport.
 */
export interface TrustedDocuments {
  /** How many documents the manifest holds. */
  size: number;
  /** The manifest's document for a hash (bare hex, or `sha256:` and hex). */
  byHash(hash: string): string | undefined;
  /**
   * The text an operation runs: the manifest's when the request names a hash (an unknown hash is
   * refused as Apollo refuses one, PERSISTED_QUERY_NOT_FOUND), else the text it sent.
   */
  resolve(query: unknown, extensions: unknown): Result<unknown, GraphQLError>;
  /** The refusal of a text `caller` may not run, or null. */
  refusal(query: string, caller: Identity): GraphQLError | null;
}

export interface TrustedDocumentsOptions {
  manifest: ReadonlyMap<string, string>;
  only: boolean;
  mayRunAnyOperation(caller: Identity): boolean;
}

/** Apollo's persisted-query extension: `{ persistedQuery: { version: 1, sha256Hash } }`. */
export function persistedQueryHash(extensions: unknown): string | undefined {
  if (typeof extensions !== "object" || extensions === null) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== "object" || persisted === null) return undefined;
  const hash = (persisted as { sha256Hash?: unknown }).sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

/** The client preset writes hashes as `sha256:<hex>`; Apollo's own links send bare hex. */
const bareHash = (hash: string) => hash.replace(/^sha256:/, "").toLowerCase();

export function createTrustedDocuments({ manifest, only, mayRunAnyOperation }: TrustedDocumentsOptions): TrustedDocuments {
  const texts = new Set(manifest.values());
  const byHash = (hash: string) => manifest.get(bareHash(hash));
  return {
    size: manifest.size,
    byHash,
    resolve(query, extensions) {
      const hash = persistedQueryHash(extensions);
      if (hash === undefined) return ok(query);
      const text = byHash(hash);
      if (text === undefined) return fail(new GraphQLError("PersistedQueryNotFound", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }));
      return ok(text);
    },
    refusal(query, caller) {
      if (!only || texts.has(query) || mayRunAnyOperation(caller)) return null;
      return new GraphQLError(
        "This gateway runs only the operations its apps were built with (trusted documents, sent by hash); this one is not among them",
        {
          extensions: { code: "TRUSTED_DOCUMENT_REQUIRED", http: { status: 403 } },
        },
      );
    },
  };
}

/**
 * Reads graphql-codegen's persisted-documents manifest (`{ "sha256:<hex>": "<document>" }`) and
 * checks every hash against its document, so a manifest edited by hand cannot smuggle a text in.
 */
export function readTrustedDocumentsFile(path: string): ReadonlyMap<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`Invalid configuration — TRUSTED_DOCUMENTS_FILE: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`Invalid configuration — TRUSTED_DOCUMENTS_FILE: ${path} must hold an object of hash → document`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (typeof text !== "string" || createHash("sha256").update(text).digest("hex") !== bareHash(hash)) {
      throw new ConfigError(`Invalid configuration — TRUSTED_DOCUMENTS_FILE: in ${path}, ${hash} is not the SHA-256 of its document`);
    }
    manifest.set(bareHash(hash), text);
  }
  return manifest;
}

/** The manifest as Apollo's persisted-query cache (keys prefixed `apq:`), read-only: a client cannot register a text of its own. */
export function trustedDocumentsCache(trusted: TrustedDocuments) {
  return {
    get: async (key: string) => trusted.byHash(key.replace(/^apq:/, "")),
    set: async () => undefined,
    delete: async () => undefined,
  };
}
