import { z } from "zod";

/**
 * The policy file (POLICY_FILE, YAML or JSON): who may call, which models they may use, their
 * limits, and which Bedrock endpoint serves them. Unknown keys are refused, so a misspelt
 * `statments` is an error at start rather than a silently open policy.
 */

const limitsSchema = z.strictObject({
  /** Requests per minute (fixed UTC minute windows). */
  requestsPerMinute: z.number().int().positive().optional(),
  /** Input plus output tokens per minute, as Bedrock reports them. */
  tokensPerMinute: z.number().int().positive().optional(),
  /** Input plus output tokens per UTC day. */
  tokensPerDay: z.number().int().positive().optional(),
});

const statementSchema = z.strictObject({
  effect: z.enum(["allow", "deny"]),
  /**
   * Model patterns; `*` matches any run of characters. A pattern matches a plain model id, an
   * inference profile id (`us.anthropic.…`) or an ARN when it matches the id as given or the
   * foundation model it runs, so `anthropic.claude-*` covers all three forms.
   */
  models: z.array(z.string().min(1)).min(1),
});

// The form `sha256:` followed by 64 hex digits: the file holds only hashes of API keys.
const apiKeyHashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, "must be sha256: followed by the key's SHA-256 in 64 lowercase hex digits");

const tenantSchema = z.strictObject({
  /** AWS region of this tenant's Bedrock calls. */
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, "must look like us-east-1")
    .optional(),
  /** Bedrock-compatible endpoint URL for this tenant (a proxy, a VPC endpoint, an emulator). */
  endpoint: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
});

/**
 * Whether the holder may run any GraphQL operation when the gateway accepts only trusted
 * documents (TRUSTED_DOCUMENTS_ONLY): developers and back-end services, not a public web app.
 */
const arbitraryOperationsSchema = z.boolean().optional();

const groupSchema = z.strictObject({
  statements: z.array(statementSchema).default([]),
  limits: limitsSchema.optional(),
  arbitraryOperations: arbitraryOperationsSchema,
});

const principalSchema = z.strictObject({
  groups: z.array(z.string().min(1)).default([]),
  statements: z.array(statementSchema).default([]),
  limits: limitsSchema.optional(),
  apiKeys: z.array(apiKeyHashSchema).default([]),
  /** Key of `tenants`: whose region and endpoint serve this principal's calls. */
  tenant: z.string().min(1).optional(),
  arbitraryOperations: arbitraryOperationsSchema,
});

export const accessPolicySchema = z
  .strictObject({
    version: z.literal(1),
    /**
     * Applies to every caller, the anonymous one included: its statements join each caller's
     * own, and its limits hold for whoever has none of their own or of a group.
     */
    everyone: groupSchema.default({ statements: [] }),
    tenants: z.record(z.string().min(1), tenantSchema).default({}),
    groups: z.record(z.string().min(1), groupSchema).default({}),
    /** Keyed by principal id: a JWT's `sub`, or any name for an API-key holder; `anonymous` for the anonymous caller. */
    principals: z.record(z.string().min(1), principalSchema).default({}),
  })
  .superRefine((policy, context) => {
    const holders = new Map<string, string>();
    for (const [id, principal] of Object.entries(policy.principals)) {
      if (principal.tenant !== undefined && !(principal.tenant in policy.tenants)) {
        context.addIssue({
          code: "custom",
          path: ["principals", id, "tenant"],
          message: `names tenant "${principal.tenant}", which tenants does not define`,
        });
      }
      principal.apiKeys.forEach((hash, index) => {
        const holder = holders.get(hash);
        if (holder !== undefined) {
          context.addIssue({ code: "custom", path: ["principals", id, "apiKeys", index], message: `is also an API key of "${holder}"` });
        }
        holders.set(hash, id);
      });
      principal.groups.forEach((group, index) => {
        if (!(group in policy.groups)) {
          context.addIssue({
            code: "custom",
            path: ["principals", id, "groups", index],
            message: `names group "${group}", which groups does not define`,
          });
        }
      });
    }
  });

export type AccessPolicyDocument = z.infer<typeof accessPolicySchema>;
export type LimitsDocument = z.infer<typeof limitsSchema>;
export type StatementDocument = z.infer<typeof statementSchema>;
