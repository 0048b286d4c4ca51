import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { type GraphQLSchema } from "graphql";
import { type Logger } from "pino";
import { type OperationLimits } from "../config/limits.settings";
import { type RequestContext, type Services } from "../context";
import { type GatewayMetrics } from "../observability/gateway-metrics";
import { type Tracing } from "../observability/tracing";
import { admissionPlugin } from "./admission.plugin";
import { errorMaskingPlugin, gatewayErrorFormatter } from "./error-masking.plugin";
import { createOperationChecks, type OperationChecks } from "./limits/operation-checks";
import { type OperationLimitName } from "./limits/operation-limit.rules";
import { tokenLimitPlugin } from "./limits/token-limit.plugin";
import { operationMetricsPlugin } from "./operation-metrics.plugin";
import { createOperationPipeline, type OperationPipeline } from "./operation-pipeline";
import { operationTracingPlugin } from "./operation-tracing.plugin";
import { type AuthenticateRequest } from "./request-authentication";
import { type Shutdown } from "./shutdown";
import { trustedDocumentsCache, type TrustedDocuments } from "./trusted-documents";

/** What the pipeline and Apollo Server are built from, on a long-running server and in a Lambda function alike. */
export interface PipelineOptions {
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  production: boolean;
  authenticate: AuthenticateRequest;
  limits: OperationLimits;
  metrics: GatewayMetrics;
  tracing: Tracing | null;
  trustedDocuments: TrustedDocuments;
  shutdown: Shutdown;
}

/** The operation pipeline with its checks, and the callback counting refusals for a limit. */
export function createPipeline(options: PipelineOptions) {
  const onRejected = (limit: OperationLimitName) => options.metrics.limitRejections.inc({ limit });
  const checks = createOperationChecks({ limits: options.limits, production: options.production, onRejected });
  return { pipeline: createOperationPipeline({ ...options, checks }), checks, onRejected };
}

export interface ApolloServerOptions extends PipelineOptions {
  pipeline: OperationPipeline;
  checks: OperationChecks;
  onRejected(limit: OperationLimitName): void;
  /** The hosting integration's own plugins (fastify's drain). */
  extraPlugins: Array<ApolloServerPlugin<RequestContext>>;
}

/** Apollo Server running the pipeline's steps as plugins: the one HTTP server of the gateway, whatever hosts it. */
export function createApolloServer(options: ApolloServerOptions): ApolloServer<RequestContext> {
  const { pipeline, checks, onRejected } = options;
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !options.production,
    // Refuse "simple" requests a browser would send cross-site without a preflight (Apollo's default; said here so it stays on).
    csrfPrevention: true,
    validationRules: checks.rules,
    parseOptions: checks.parseOptions,
    // With a manifest, a hash resolves to its trusted document; without one, Apollo's own cache of registered texts.
    ...(options.trustedDocuments.size > 0 ? { persistedQueries: { cache: trustedDocumentsCache(options.trustedDocuments) } } : {}),
    // The host owns shutdown; Apollo's own handler would re-raise the signal and skip ours.
    stopOnTerminationSignals: false,
    formatError: gatewayErrorFormatter({ production: options.production }),
    // A stack trace names server paths; the request id in every error is what to quote.
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...options.extraPlugins,
      // The schema sets no cache hints, and the default cache-control plugin would wrap every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      errorMaskingPlugin(pipeline),
      tokenLimitPlugin(onRejected),
      admissionPlugin(pipeline),
      operationMetricsPlugin(pipeline),
      ...(options.tracing ? [operationTracingPlugin(pipeline)] : []),
      options.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
}
