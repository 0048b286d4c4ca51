import { type IncomingHttpHeaders } from "node:http";
import { GraphQLError } from "graphql";
import { type Logger } from "pino";
import { type Credentials, type SourcedAuthenticator } from "../auth/authenticator";
import { type Identity } from "../auth/identity";

/**
 * Resolves the caller once per HTTP request, SSE request or WebSocket connection, before any
 * operation runs. A refusal is logged with its reason only: the message never holds the credential.
 */
export type AuthenticateRequest = (
  credentials: Credentials,
  transport: "http" | "sse" | "websocket",
  source: string,
) => Promise<Identity | GraphQLError>;

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

/**
 * The top-level error of a refused credential: GraphQL code UNAUTHENTICATED, HTTP 401; 429 with
 * Retry-After when its source is locked out for too many failures.
 */
export function unauthenticatedError(message: string, retryAfterSeconds?: number): GraphQLError {
  const headers = new Map([["www-authenticate", 'Bearer realm="bedrock-graphql-gateway"']]);
  if (retryAfterSeconds !== undefined) headers.set("retry-after", String(retryAfterSeconds));
  return new GraphQLError(message, {
    extensions: {
      code: "UNAUTHENTICATED",
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      http: { status: retryAfterSeconds === undefined ? 401 : 429, headers },
    },
  });
}

export function createRequestAuthentication(authenticate: SourcedAuthenticator, logger: Logger): AuthenticateRequest {
  return async (credentials, transport, source) => {
    const result = await authenticate(credentials, source);
    if (result.ok) return result.value;
    logger.info({ transport, reason: result.failure.message }, "credential refused");
    return unauthenticatedError(result.failure.message, result.failure.retryAfterSeconds);
  };
}
