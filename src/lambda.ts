import "reflect-metadata";
import { handlers, startServerAndCreateLambdaHandler } from "@as-integrations/aws-lambda";
import type { ALBEvent, APIGatewayProxyEventV2, Context } from "aws-lambda";
import { ConfigError } from "./config/config-error";
import { loadConfig } from "./config/load-config";
import { assembleGateway, loadAccessPolicy } from "./gateway";
import { createLogger } from "./observability/logger";
import { createApolloServer, createPipeline } from "./server/apollo-server";
import { credentialsFromHeaders } from "./server/request-authentication";

// An operation gets the invocation's remaining time less this, so it ends with a typed timeout
// before Lambda cuts the function off.
const DEADLINE_MARGIN_MS = 1_000;

type Event = APIGatewayProxyEventV2 | ALBEvent;

/**
 * The caller's address, for the failed-authentication brake. Behind an ALB it is the last
 * X-Forwarded-For entry, the one the ALB appended; earlier ones are the client's to write.
 */
function sourceOf(event: Event): string {
  if ("http" in (event.requestContext ?? {})) return (event as APIGatewayProxyEventV2).requestContext.http.sourceIp;
  return event.headers?.["x-forwarded-for"]?.split(",").at(-1)?.trim() || "unknown";
}

/**
 * The gateway as an AWS Lambda function, HTTP only: a Lambda invocation answers one response, so
 * subscriptions (WebSocket, SSE) need the long-running server. Built on the first invocation (the
 * cold start) from the environment, as `npm start` is; the embedded emulator is not available, so
 * BEDROCK_MODE must be `aws` (or `endpoint`). Every operation runs through the same pipeline,
 * Apollo plugins, policy and limits as on the server; counters belong in Redis (REDIS_URL), since
 * each concurrent execution environment is a replica of its own.
 */
export function createLambdaHandler(kind: "http-api" | "alb", environment: NodeJS.ProcessEnv): (event: Event, context: Context) => Promise<unknown> {
  const config = loadConfig(environment);
  if (config.bedrock.mode === "emulator") {
    throw new ConfigError(
      "Invalid configuration — BEDROCK_MODE: set aws (or endpoint with BEDROCK_ENDPOINT); the embedded emulator runs only with npm start",
    );
  }
  const logger = createLogger(config.logLevel);
  const { pipeline: options } = assembleGateway({ config, policy: loadAccessPolicy(config.auth.policyFile), logger });
  const { pipeline, checks, onRejected } = createPipeline(options);
  const apollo = createApolloServer({ ...options, pipeline, checks, onRejected, extraPlugins: [] });
  const contextOf = async ({ event, context }: { event: Event; context: Context }) => {
    const caller = await pipeline.authenticate(credentialsFromHeaders(event.headers ?? {}), "http", sourceOf(event));
    // Apollo answers a GraphQLError thrown here with its extensions' HTTP status (401).
    if (caller instanceof Error) throw caller;
    const signal = AbortSignal.timeout(Math.max(1, context.getRemainingTimeInMillis() - DEADLINE_MARGIN_MS));
    return pipeline.context(context.awsRequestId, signal, caller);
  };
  const noCallback = () => undefined;
  if (kind === "alb") {
    const run = startServerAndCreateLambdaHandler(apollo, handlers.createALBEventRequestHandler(), { context: contextOf });
    return (event, context) => run(event as ALBEvent, context, noCallback) as Promise<unknown>;
  }
  const run = startServerAndCreateLambdaHandler(apollo, handlers.createAPIGatewayProxyEventV2RequestHandler(), { context: contextOf });
  return (event, context) => run(event as APIGatewayProxyEventV2, context, noCallback) as Promise<unknown>;
}

/** Built once per execution environment, on its first invocation (the cold start). */
function lazily(kind: "http-api" | "alb") {
  let built: ((event: Event, context: Context) => Promise<unknown>) | undefined;
  return (event: Event, context: Context): Promise<unknown> => {
    built ??= createLambdaHandler(kind, process.env);
    return built(event, context);
  };
}

/** API Gateway HTTP API (payload format 2.0) integration: `dist/lambda.handler`. */
export const handler = lazily("http-api");

/** Application Load Balancer target: `dist/lambda.albHandler`. */
export const albHandler = lazily("alb");
