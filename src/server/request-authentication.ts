import { type IncomingHttpHeaders } from "node:http";
import { GraphQLError } from "graphql";
import { type Logger } from "pino";
import { type Authenticator, type Credentials } from "../auth/authenticator";
import { type Identity } from "../auth/identity";

/**
 * Resolves the caller once per HTTP request, SSE request or WebSocket connection, before any
 * operation runs. A refusal is logged with its reason only: the message never holds the credential.
 */
export type AuthenticateRequest = (credentials: Credentials, transport: "http" | "sse" | "websocket") => Promise<Identity | GraphQLError>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function credentialsFromHeaders(headers: IncomingHttpHeaders): Credentials {
  return { authorization: single(headers.authorization), apiKey: single(headers["x-api-key"]) };
}

/** graphql-ws clients send credentials in connection_init, since browsers cannot set WebSocket headers. */
export function credentialsFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): Credentials {
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return { authorization: text(params?.authorization ?? params?.Authorization), apiKey: text(params?.["x-api-key"]) };
}

/** The top-level error of a refused credential: GraphQL code UNAUTHENTICATED, HTTP 401. */
export function unauthenticatedError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: "UNAUTHENTICATED",
      http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="bedrock-graphql-gateway"']]) },
    },
  });
}

export function createRequestAuthentication(authenticate: Authenticator, logger: Logger): AuthenticateRequest {
  return async (credentials, transport) => {
    const result = await authenticate(credentials);
    if (result.ok) return result.value;
    logger.info({ transport, reason: result.failure.message }, "credential refused");
    return unauthenticatedError(result.failure.message);
  };
}
