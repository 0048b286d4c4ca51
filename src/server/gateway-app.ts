import { type IncomingMessage, type ServerResponse } from "node:http";
import { type FastifyInstance, type RawServerDefault } from "fastify";
import { type Logger } from "pino";

/** The gateway's fastify app, logging through pino: what helpers that register on it or close it take. */
export type GatewayApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, Logger>;
