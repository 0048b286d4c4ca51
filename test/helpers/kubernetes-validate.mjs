// Validates Kubernetes objects against the API's OpenAPI schemas with kubernetes-models (an ES
// module, which jest's CommonJS cannot load): reads a JSON array of objects on stdin, writes a
// JSON array of error messages (null for a valid object) on stdout.
import { readFileSync } from "node:fs";

const MODULES = {
  "apps/v1/Deployment": "kubernetes-models/apps/v1/Deployment",
  "autoscaling/v2/HorizontalPodAutoscaler": "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler",
  "policy/v1/PodDisruptionBudget": "kubernetes-models/policy/v1/PodDisruptionBudget",
  "v1/ConfigMap": "kubernetes-models/v1/ConfigMap",
  "v1/Namespace": "kubernetes-models/v1/Namespace",
  "v1/Secret": "kubernetes-models/v1/Secret",
  "v1/Service": "kubernetes-models/v1/Service",
};

const objects = JSON.parse(readFileSync(0, "utf8"));
const results = [];
for (const object of objects) {
  const path = MODULES[`${object.apiVersion}/${object.kind}`];
  if (path === undefined) {
    results.push(`no schema known for ${object.apiVersion} ${object.kind}`);
    continue;
  }
  const Model = (await import(path))[object.kind];
  try {
    new Model(object).validate();
    results.push(null);
  } catch (error) {
    results.push(String(error.message ?? error));
  }
}
process.stdout.write(JSON.stringify(results));
