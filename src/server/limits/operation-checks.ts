import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from "graphql";
import { type OperationLimits } from "../../config/limits.settings";
import { operationLimitError, operationLimitRule, type OperationLimitName } from "./operation-limit.rules";

/**
 * The one set of checks every operation passes before it executes, whichever transport brought
 * it: Apollo takes `rules` and `parseOptions`; graphql-ws and graphql-sse, which would otherwise
 * parse and validate with plain graphql-js, call `parse` and `validate`.
 */
export interface OperationChecks {
  /** Validation rules added to graphql-js's specified ones. */
  rules: ValidationRule[];
  parseOptions: ParseOptions;
  /** The operation's document, or the errors to answer with (a syntax error, too many tokens). */
  parse(query: string): DocumentNode | readonly GraphQLError[];
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
}

export interface OperationCheckOptions {
  limits: OperationLimits;
  /** Production hides the schema: introspection is refused on every transport. */
  production: boolean;
  /** Told of every operation refused for a limit, for the rejections metric. */
  onRejected?: (limit: OperationLimitName) => void;
}

// graphql-js's parser aborts with this message once maxTokens is passed (language/parser.ts;
// graphql 16 spells it "more that").
const TOO_MANY_TOKENS = /contains more tha[nt] \d+ tokens/;

export function isTokenLimitError(error: Error): boolean {
  return TOO_MANY_TOKENS.test(error.message);
}

export function createOperationChecks({ limits, production, onRejected = () => undefined }: OperationCheckOptions): OperationChecks {
  const rules = [operationLimitRule(limits, onRejected), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const allRules = [...specifiedRules, ...rules];
  const parseOptions: ParseOptions = { maxTokens: limits.maxTokens };
  return {
    rules,
    parseOptions,
    parse(query) {
      if (typeof query !== "string") return [new GraphQLError("The operation must be a string of GraphQL")];
      try {
        return parse(query, parseOptions);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        if (!isTokenLimitError(error)) return [error];
        onRejected("tokens");
        return [operationLimitError("tokens", `The operation has more than the limit of ${limits.maxTokens} tokens`)];
      }
    },
    validate: (schema, document) => validate(schema, document, allRules),
  };
}
