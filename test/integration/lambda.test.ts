import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Context } from "aws-lambda";
import { hashApiKey } from "../../src/auth/authenticator";
import type * as LambdaEntry from "../../src/lambda";
import { fetchCalls, withEmulator } from "../helpers/emulator-harness";

// The built Lambda entry point (dist/lambda.js), as the Lambda runtime loads it, invoked with the
// event shapes API Gateway's HTTP API (payload format 2.0) and an Application Load Balancer send:
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lambda = require("../../dist/lambda.js") as LambdaModule;

type LambdaModule = typeof LambdaEntry;

const KEY = "lambda-test-key";
const INVOKE = (modelId: string) =>
  JSON.stringify({ query: `mutation { invokeModel(input: { modelId: "${modelId}", text: { prompt: "hi" } }) { __typename } }` });

function lambdaContext(requestId: string): Context {
  return {
    awsRequestId: requestId,
    functionName: "bedrock-graphql-gateway",
    getRemainingTimeInMillis: () => 30_000,
  } as unknown as Context;
}

function httpApiEvent(body: string, headers: Record<string, string>) {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: "/graphql",
    rawQueryString: "",
    headers: { "content-type": "application/json", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "a1b2c3d4e5",
      domainName: "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
      domainPrefix: "a1b2c3d4e5",
      http: { method: "POST", path: "/graphql", protocol: "HTTP/1.1", sourceIp: "198.51.100.7", userAgent: "test" },
      requestId: "JKJaXmPLvHcESHA=",
      routeKey: "$default",
      stage: "$default",
      time: "01/Dec/2026:03:00:00 +0000",
      timeEpoch: 1_795_834_800_000,
    },
    body,
    isBase64Encoded: false,
  };
}

function albEvent(body: string, headers: Record<string, string>) {
  return {
    requestContext: { elb: { targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gateway/6d0ecf831eec9f09" } },
    httpMethod: "POST",
    path: "/graphql",
    queryStringParameters: {},
    headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.8", ...headers },
    body: Buffer.from(body).toString("base64"),
    isBase64Encoded: true,
  };
}

const parse = (result: unknown) => {
  const { statusCode, body } = result as { statusCode: number; body: string };
  return {
    statusCode,
    body: JSON.parse(body) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
  };
};

describe("the Lambda entry point (dist/lambda.js)", () => {
  const emulator = withEmulator();
  let environment: NodeJS.ProcessEnv;
  beforeAll(() => {
    const policyFile = join(mkdtempSync(join(tmpdir(), "lambda-policy-")), "policy.yaml");
    writeFileSync(
      policyFile,
      `version: 1\nprincipals:\n  lambda-app: { apiKeys: ["${hashApiKey(KEY)}"], statements: [{ effect: allow, models: ["amazon.nova-*"] }] }\n`,
    );
    environment = { BEDROCK_MODE: "endpoint", BEDROCK_ENDPOINT: emulator.url, POLICY_FILE: policyFile, LOG_LEVEL: "silent" };
  });

  it("answers an API Gateway HTTP API event through the same pipeline, policy and typed results", async () => {
    const run = lambda.createLambdaHandler("http-api", environment);
    const ok = parse(await run(httpApiEvent(INVOKE("amazon.nova-lite-v1:0"), { "x-api-key": KEY }) as never, lambdaContext("req-1")));
    expect(ok).toMatchObject({ statusCode: 200, body: { data: { invokeModel: { __typename: "TextResult" } } } });
    const denied = parse(
      await run(httpApiEvent(INVOKE("anthropic.claude-3-haiku-20240307-v1:0"), { "x-api-key": KEY }) as never, lambdaContext("req-2")),
    );
    expect(denied.body.data?.invokeModel.__typename).toBe("AccessDeniedError");
    expect((await fetchCalls(emulator.url)).map((call) => call.modelId)).toEqual(["amazon.nova-lite-v1:0"]);
  });

  it("answers an ALB event with a base64 body, and refuses a missing credential with 401", async () => {
    const run = lambda.createLambdaHandler("alb", environment);
    const ok = parse(await run(albEvent(INVOKE("amazon.nova-lite-v1:0"), { "x-api-key": KEY }) as never, lambdaContext("req-3")));
    expect(ok).toMatchObject({ statusCode: 200, body: { data: { invokeModel: { __typename: "TextResult" } } } });
    const refused = parse(await run(albEvent(INVOKE("amazon.nova-lite-v1:0"), {}) as never, lambdaContext("req-4")));
    expect(refused.statusCode).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a subscription, which needs the long-running server's WebSocket or SSE", async () => {
    const run = lambda.createLambdaHandler("http-api", environment);
    const body = JSON.stringify({
      query: `subscription { invokeModelStream(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }`,
    });
    const answer = parse(await run(httpApiEvent(body, { "x-api-key": KEY }) as never, lambdaContext("req-5")));
    expect(answer.statusCode).toBe(400);
    expect(answer.body.errors?.[0]?.message).toContain("WebSocket");
  });

  it("refuses to start on the embedded emulator, which a Lambda function cannot run", () => {
    expect(() => lambda.createLambdaHandler("http-api", { LOG_LEVEL: "silent" })).toThrow("BEDROCK_MODE");
  });
});
