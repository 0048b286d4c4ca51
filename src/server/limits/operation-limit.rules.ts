import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type OperationLimits } from "../../config/limits.settings";

/** Which limit an operation broke; also the `limit` label of the rejections metric. */
export type OperationLimitName = "depth" | "aliases" | "directives" | "tokens" | "bodySize";

/**
 * A refused operation, with the codes Apollo gives parse and validation failures on HTTP, so
 * every transport answers alike; `limit` names the limit, telling it apart from a typo.
 */
export function operationLimitError(limit: OperationLimitName, message: string): GraphQLError {
  const code = limit === "tokens" ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED";
  return new GraphQLError(message, { extensions: { code, limit } });
}

interface Tally {
  depth: number;
  /** Depth within introspection fields (`__schema`, `__type`), which has a limit of its own. */
  introspectionDepth: number;
  aliases: number;
  directives: number;
}

// The standard introspection query (graphql-js getIntrospectionQuery(), which Apollo Sandbox,
// IDE plugins and graphql-codegen send) nests its TypeRef fragment 14 levels deep. Introspection
// reads the schema, never Bedrock, and wrapping types end after a few levels, so it gets room
// for that query and no more; every other field keeps the configured depth limit.
const INTROSPECTION_DEPTH_LIMIT = 16;
const INTROSPECTION_FIELDS = new Set(["__schema", "__type"]);

function passed(totals: Tally, limits: OperationLimits): boolean {
  return (
    totals.depth > limits.maxDepth ||
    totals.introspectionDepth > INTROSPECTION_DEPTH_LIMIT ||
    totals.aliases > limits.maxAliases ||
    totals.directives > limits.maxDirectives
  );
}

/**
 * Walks one operation as it would execute: each fragment spread counts again where it is
 * spread, since that is what the executor (and so Bedrock) would see. The walk stops as soon
 * as a limit is passed, so fragments spread inside fragments cannot make it exponential.
 */
function tally(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  limits: OperationLimits,
  depth: number,
  totals: Tally,
  spreading: Set<string>,
  introspecting = false,
): void {
  for (const selection of selectionSet.selections) {
    if (passed(totals, limits)) return;
    totals.directives += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) totals.aliases += 1;
      const inIntrospection = introspecting || INTROSPECTION_FIELDS.has(selection.name.value);
      if (inIntrospection) totals.introspectionDepth = Math.max(totals.introspectionDepth, depth + 1);
      else totals.depth = Math.max(totals.depth, depth + 1);
      if (selection.selectionSet) tally(selection.selectionSet, fragments, limits, depth + 1, totals, spreading, inIntrospection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      tally(selection.selectionSet, fragments, limits, depth, totals, spreading, introspecting);
    } else {
      const fragment = fragments.get(selection.name.value);
      // A cycle or an unknown fragment is reported by graphql-js's own rules; stop here.
      if (!fragment || spreading.has(fragment.name.value)) continue;
      spreading.add(fragment.name.value);
      totals.directives += fragment.directives?.length ?? 0;
      tally(fragment.selectionSet, fragments, limits, depth, totals, spreading, introspecting);
      spreading.delete(fragment.name.value);
    }
  }
}

/**
 * One validation rule holding depth, alias and directive limits for every operation in the
 * document. It runs with graphql-js's own rules, before execution, on every transport.
 */
export function operationLimitRule(limits: OperationLimits, onRejected: (limit: OperationLimitName) => void = () => undefined): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const totals: Tally = { depth: 0, introspectionDepth: 0, aliases: 0, directives: operation.directives?.length ?? 0 };
      tally(operation.selectionSet, fragments, limits, 0, totals, new Set());
      const reject = (limit: OperationLimitName, message: string) => {
        onRejected(limit);
        context.reportError(operationLimitError(limit, message));
      };
      if (totals.depth > limits.maxDepth) reject("depth", `The operation is nested deeper than the limit of ${limits.maxDepth} levels`);
      else if (totals.introspectionDepth > INTROSPECTION_DEPTH_LIMIT)
        reject("depth", `The introspection is nested deeper than the limit of ${INTROSPECTION_DEPTH_LIMIT} levels`);
      else if (totals.aliases > limits.maxAliases) reject("aliases", `The operation uses more than the limit of ${limits.maxAliases} aliases`);
      else if (totals.directives > limits.maxDirectives)
        reject("directives", `The operation uses more than the limit of ${limits.maxDirectives} directives`);
      return false;
    },
  });
}
