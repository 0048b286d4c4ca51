import "reflect-metadata";
import { isInputObjectType, type GraphQLSchema } from "graphql";
import { buildSchemaSync, type PubSub } from "type-graphql";
import { InvokeModelResolver } from "./invoke-model.resolver";
import { InvokeModelStreamResolver } from "./invoke-model-stream.resolver";
import { MeResolver } from "./me.resolver";
import { ModelCatalogResolver } from "./model-catalog.resolver";
import { ModelFamilyResolver } from "./model-family.resolver";

/**
 * type-graphql insists on a PubSub once any subscription exists, even though ours give their
 * own `subscribe` function and never publish; this one says so if anything ever uses it.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error("Topic-based subscriptions are not used: subscriptions stream from their own subscribe function");
  },
  subscribe() {
    throw new Error("Topic-based subscriptions are not used: subscriptions stream from their own subscribe function");
  },
};

// Inputs that take exactly one member. type-graphql has no option for graphql-js's @oneOf, so the
// built types are marked: graphql-js then refuses any other shape itself, in queries and in variables.
const ONE_OF_INPUTS = ["ContentBlockInput", "ToolChoiceInput", "ReasoningInput"];

function markOneOf(schema: GraphQLSchema): GraphQLSchema {
  for (const name of ONE_OF_INPUTS) {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) throw new Error(`${name} is not an input type of the schema`);
    type.isOneOf = true;
  }
  return schema;
}

/** The gateway's schema, from the type-graphql classes. schema.graphql is printed from this. */
export function buildGatewaySchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [InvokeModelResolver, InvokeModelStreamResolver, ModelFamilyResolver, ModelCatalogResolver, MeResolver],
    pubSub: NO_TOPICS,
    // Input is validated by the service layer, which answers with typed ValidationError values.
    validate: false,
  });
  return markOneOf(schema);
}
