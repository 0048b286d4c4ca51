import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { OperationTypeNode } from "graphql";
import generatedPossibleTypes from "../../generated/possible-types";
import { createClient } from "graphql-ws";
import { credentialHeaders } from "./credentials";
import { ServerSentEventsLink } from "./sse-link";

export interface GatewayClientOptions {
  /** The gateway's GraphQL URL, e.g. http://localhost:4000/graphql. */
  url: string;
  /** The signed-in user's JWT or API key, read for every request ("" when signed out). */
  token(): string;
  /** Which transport subscriptions use. */
  streamTransport(): "ws" | "sse";
}

/**
 * Queries and mutations over HTTP; subscriptions over graphql-ws, or over SSE with graphql-sse.
 * Each carries the current credential.
 */
export function createGatewayClient(options: GatewayClientOptions): ApolloClient {
  const headers = () => credentialHeaders(options.token());
  const http = new SetContextLink((context) => ({ headers: { ...context.headers, ...headers() } })).concat(new HttpLink({ uri: options.url }));
  const websocket = new GraphQLWsLink(
    // The server reads the credential once, at connection_init; `lazy` connects on the first subscription.
    createClient({ url: options.url.replace(/^http/, "ws"), connectionParams: headers }),
  );
  const sse = new ServerSentEventsLink(`${options.url}/stream`, headers);
  const streams = ApolloLink.split(() => options.streamTransport() === "sse", sse, websocket);
  // Every operation names its trusted document by the hash graphql-codegen gave it; over HTTP the
  // text is not even sent. A gateway with TRUSTED_DOCUMENTS_ONLY runs nothing else for this app.
  const trusted = new PersistedQueryLink({ generateHash: (document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? "" });
  return new ApolloClient({
    link: trusted.concat(ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, streams, http)),
    // Without possibleTypes the cache drops `... on BedrockError` from every typed error it reads back.
    cache: new InMemoryCache({ possibleTypes: generatedPossibleTypes.possibleTypes }),
  });
}
