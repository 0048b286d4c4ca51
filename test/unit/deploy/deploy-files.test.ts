import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments, parse } from "yaml";
import { parseAccessPolicy } from "../../../src/auth/access-policy-file";
import { CONFIG_VARIABLES } from "../../../src/config/load-config";

// deploy/kubernetes checked offline against the Kubernetes API's own schemas (kubernetes-models
// validates each object with the OpenAPI schema of its kind), and against the gateway's settings.
const DIRECTORY = join(__dirname, "..", "..", "..", "deploy", "kubernetes");
const VALIDATOR = join(__dirname, "..", "..", "helpers", "kubernetes-validate.mjs");

/** Each object's schema errors, null when valid. */
function schemaErrors(objects: Array<Record<string, any>>): Array<string | null> {
  return JSON.parse(execFileSync(process.execPath, [VALIDATOR], { input: JSON.stringify(objects), encoding: "utf8" })) as Array<string | null>;
}

function objects(): Array<Record<string, any>> {
  const { resources } = parse(readFileSync(join(DIRECTORY, "kustomization.yaml"), "utf8")) as { resources: string[] };
  return resources.flatMap((file) =>
    parseAllDocuments(readFileSync(join(DIRECTORY, file), "utf8")).map((document) => document.toJS() as Record<string, any>),
  );
}

const find = (kind: string, name: string) => objects().find((object) => object.kind === kind && object.metadata.name === name)!;

describe("deploy/kubernetes", () => {
  it("holds only objects valid for their Kubernetes schemas", () => {
    const all = objects();
    const errors = schemaErrors(all);
    expect(all.map((object, index) => [`${object.kind} ${object.metadata.name}`, errors[index]])).toEqual(
      all.map((object) => [`${object.kind} ${object.metadata.name}`, null]),
    );
    expect(all.map((object) => object.kind).sort()).toEqual([
      "ConfigMap",
      "Deployment",
      "Deployment",
      "HorizontalPodAutoscaler",
      "Namespace",
      "PodDisruptionBudget",
      "Secret",
      "Service",
      "Service",
    ]);
  });

  it("would catch a malformed object (the check can fail)", () => {
    const broken = structuredClone(find("Deployment", "bedrock-gateway"));
    broken.spec.replicas = "three";
    expect(schemaErrors([broken])[0]).toMatch(/replicas/);
  });

  it("sets only settings the gateway reads, and carries examples/policy.yaml, valid", () => {
    const config = find("ConfigMap", "bedrock-gateway");
    const secret = find("Secret", "bedrock-gateway");
    for (const name of [...Object.keys(config.data), ...Object.keys(secret.stringData)].filter((key) => key !== "policy.yaml")) {
      expect(CONFIG_VARIABLES).toContain(name);
    }
    const policy = config.data["policy.yaml"] as string;
    expect(policy).toBe(readFileSync(join(__dirname, "..", "..", "..", "examples", "policy.yaml"), "utf8"));
    expect(parseAccessPolicy(policy, "configmap").ok).toBe(true);
  });

  it("gives a draining pod longer than its preStop sleep plus SHUTDOWN_GRACE_MS, and probes the right paths", () => {
    const pod = find("Deployment", "bedrock-gateway").spec.template.spec;
    const [gateway] = pod.containers;
    const graceMs = Number(find("ConfigMap", "bedrock-gateway").data.SHUTDOWN_GRACE_MS);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(gateway.lifecycle.preStop.sleep.seconds + graceMs / 1000);
    expect(gateway.readinessProbe.httpGet.path).toBe("/readyz");
    expect(gateway.livenessProbe.httpGet.path).toBe("/healthz");
    expect(gateway.ports[0].containerPort).toBe(4000);
  });
});

describe("deploy/compose.yaml", () => {
  const compose = parse(readFileSync(join(DIRECTORY, "..", "compose.yaml"), "utf8")) as { services: Record<string, any> };

  it("runs three gateway replicas behind the balancer, sharing Redis, with settings the gateway reads", () => {
    const { gateway, balancer, redis } = compose.services;
    expect(gateway.deploy.replicas).toBe(3);
    for (const name of Object.keys(gateway.environment)) expect(CONFIG_VARIABLES).toContain(name);
    expect(gateway.environment.REDIS_URL).toBe("redis://redis:6379");
    expect(gateway.volumes).toContain("../examples/policy.yaml:/config/policy.yaml:ro");
    expect(redis.healthcheck.test).toEqual(["CMD", "redis-cli", "ping"]);
    // Compose's stop timeout covers the gateway's own drain.
    expect(Number(gateway.stop_grace_period.replace("s", "")) * 1000).toBeGreaterThan(Number(gateway.environment.SHUTDOWN_GRACE_MS));
    const haproxy = readFileSync(join(DIRECTORY, "..", "haproxy.cfg"), "utf8");
    expect(haproxy).toMatch(/option httpchk GET \/readyz/);
    expect(haproxy).toMatch(/server-template gateway 3 gateway:4000/);
    expect(balancer.volumes).toContain("./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
  });
});
