import { lexicographicSortSchema, printSchema } from "graphql";
import { buildGatewaySchema } from "./build-schema";

const HEADER = "# Generated from the type-graphql classes in src/schema by `npm run schema`. Do not edit by hand.\n\n";

/** The schema as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printGatewaySchema(): string {
  return HEADER + printSchema(lexicographicSortSchema(buildGatewaySchema())) + "\n";
}
