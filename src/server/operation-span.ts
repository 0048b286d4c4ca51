import { type Attributes } from "@opentelemetry/api";

/** A GraphQL operation's span name (`mutation Invoke`) and attributes, the same on every transport. */
export function describeOperation(type: string, name: string | null | undefined): { spanName: string; attributes: Attributes } {
  return {
    spanName: `${type} ${name ?? "(anonymous)"}`,
    attributes: { "graphql.operation.type": type, ...(name ? { "graphql.operation.name": name } : {}) },
  };
}
