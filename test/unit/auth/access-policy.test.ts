import { readFileSync } from "node:fs";
import { createAccessPolicy } from "../../../src/auth/access-policy";
import { parseAccessPolicy } from "../../../src/auth/access-policy-file";
import { type Identity } from "../../../src/auth/identity";

const caller = (id: string, groups: string[] = []): Identity => ({ id, groups, method: "jwt", tenant: null });

function policyOf(text: string) {
  const parsed = parseAccessPolicy(text, "inline");
  if (!parsed.ok) throw new Error(parsed.failure);
  return createAccessPolicy(parsed.value);
}

describe("the access policy", () => {
  const policy = policyOf(`
version: 1
everyone: { limits: { requestsPerMinute: 10 } }
groups:
  readers: { statements: [{ effect: allow, models: ["amazon.titan-embed-*"] }], limits: { requestsPerMinute: 100 } }
  writers: { statements: [{ effect: allow, models: ["anthropic.*"] }], limits: { requestsPerMinute: 50, tokensPerDay: 1000 } }
principals:
  carol: { groups: [writers], statements: [{ effect: deny, models: ["*opus*"] }], limits: { requestsPerMinute: 5 } }
  app: { statements: [{ effect: allow, models: ["arn:aws:bedrock:*:111122223333:application-inference-profile/*"] }] }
`);

  it.each([
    ["a plain id", "anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku-20240307-v1:0", true],
    ["an inference profile id, by the model it runs", "eu.anthropic.claude-3-haiku-20240307-v1:0", "anthropic.claude-3-haiku-20240307-v1:0", true],
    ["a foundation model ARN, by the model it runs", "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2", "anthropic.claude-v2", true],
    ["an explicit deny over a group's allow", "us.anthropic.claude-3-opus-20240229-v1:0", "anthropic.claude-3-opus-20240229-v1:0", false],
    ["a model no statement allows", "amazon.nova-pro-v1:0", "amazon.nova-pro-v1:0", false],
  ])("decides %s", (_case, given, baseModelId, allowed) => {
    expect(policy.decide(caller("carol", ["writers"]), { given, baseModelId }).allowed).toBe(allowed);
  });

  it("matches an ARN pattern against the id as given, where no base model is known", () => {
    const arn = "arn:aws:bedrock:us-west-2:111122223333:application-inference-profile/a1b2c3d4e5f6";
    expect(policy.decide(caller("app"), { given: arn, baseModelId: null }).allowed).toBe(true);
    expect(policy.decide(caller("app"), { given: arn.replace("111122223333", "999999999999"), baseModelId: null }).allowed).toBe(false);
  });

  describe("for an id whose foundation model the gateway cannot tell, fails closed", () => {
    const open = policyOf(`
version: 1
everyone: { statements: [{ effect: allow, models: ["*"] }, { effect: deny, models: ["anthropic.claude-3-opus-*"] }] }
principals:
  router-user:
    statements:
      - { effect: allow, models: ["arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"] }
  profile-user:
    statements: [{ effect: allow, models: ["arn:aws:bedrock:*:123456789012:application-inference-profile/*"] }]
`);
    const unresolvable = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-opus-20240229-v1:0:x:y";
    const applicationProfile = "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6";
    const promptRouter = "arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1";

    it.each([
      ["an inference-profile ARN it cannot read", unresolvable],
      ["an application inference profile", applicationProfile],
      ["a prompt router", promptRouter],
    ])("denies %s when a deny statement might match the model it runs, whatever allows it", (_case, given) => {
      for (const who of ["anyone", "router-user", "profile-user"]) {
        const decision = open.decide(caller(who), { given, baseModelId: null });
        expect(decision).toMatchObject({ allowed: false, reason: expect.stringContaining('deny statement "anthropic.claude-3-opus-*"') });
      }
    });

    const noDeny = policyOf(`
version: 1
everyone: { statements: [{ effect: allow, models: ["*"] }] }
principals:
  router-user: { statements: [{ effect: allow, models: ["${promptRouter}"] }] }
  profile-user: { statements: [{ effect: allow, models: ["arn:aws:bedrock:*:123456789012:application-inference-profile/*"] }] }
`);

    it("lets `*` allow only the ids whose model it knows", () => {
      expect(
        noDeny.decide(caller("anyone"), { given: "anthropic.claude-3-haiku-20240307-v1:0", baseModelId: "anthropic.claude-3-haiku-20240307-v1:0" })
          .allowed,
      ).toBe(true);
      expect(noDeny.decide(caller("anyone"), { given: applicationProfile, baseModelId: null })).toMatchObject({
        allowed: false,
        reason: expect.stringContaining("cannot tell which foundation model"),
      });
      expect(noDeny.decide(caller("anyone"), { given: unresolvable, baseModelId: null }).allowed).toBe(false);
    });

    it("allows such an id by a statement naming it, or an ARN pattern matching it", () => {
      expect(noDeny.decide(caller("router-user"), { given: promptRouter, baseModelId: null }).allowed).toBe(true);
      expect(noDeny.decide(caller("profile-user"), { given: applicationProfile, baseModelId: null }).allowed).toBe(true);
      expect(noDeny.decide(caller("profile-user"), { given: promptRouter, baseModelId: null }).allowed).toBe(false);
    });
  });

  it("takes a principal's own limit first, then the most generous group's, then everyone's", () => {
    expect(policy.limitsOf(caller("carol", ["writers"]))).toEqual({ requestsPerMinute: 5, tokensPerDay: 1000 });
    expect(policy.limitsOf(caller("dave", ["readers", "writers"]))).toEqual({ requestsPerMinute: 100, tokensPerDay: 1000 });
    expect(policy.limitsOf(caller("erin"))).toEqual({ requestsPerMinute: 10 });
  });

  it.each([
    ["an unknown key", "version: 1\nprincipals: { a: { statments: [] } }", 'principals.a: Unrecognized key: "statments"'],
    ["an undefined group", "version: 1\nprincipals: { a: { groups: [ops] } }", 'principals.a.groups.0: names group "ops"'],
    ["a plain-text API key", "version: 1\nprincipals: { a: { apiKeys: [hunter2] } }", "principals.a.apiKeys.0: must be sha256:"],
    ["a bad effect", "version: 1\neveryone: { statements: [{ effect: permit, models: ['*'] }] }", "everyone.statements.0.effect"],
    ["text that is not YAML", "version: [1", "is neither YAML nor JSON"],
  ])("refuses a policy file with %s, naming where", (_case, text, problem) => {
    const parsed = parseAccessPolicy(text, "policy.yaml");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.failure).toContain(problem);
  });
});

describe("the README's example policy", () => {
  it("is examples/policy.yaml, and valid", () => {
    const root = `${__dirname}/../../..`;
    const file = readFileSync(`${root}/examples/policy.yaml`, "utf8");
    expect(readFileSync(`${root}/README.md`, "utf8")).toContain("```yaml\n" + file + "```");
    const parsed = parseAccessPolicy(file, "examples/policy.yaml");
    expect(parsed.ok ? "valid" : parsed.failure).toBe("valid");
    const policy = createAccessPolicy((parsed as { ok: true; value: Parameters<typeof createAccessPolicy>[0] }).value);
    expect(
      policy.decide(caller("alice", ["research"]), {
        given: "us.anthropic.claude-3-opus-20240229-v1:0",
        baseModelId: "anthropic.claude-3-opus-20240229-v1:0",
      }).allowed,
    ).toBe(false);
    expect(policy.decide(caller("anonymous"), { given: "amazon.nova-micro-v1:0", baseModelId: "amazon.nova-micro-v1:0" }).allowed).toBe(false);
  });
});
