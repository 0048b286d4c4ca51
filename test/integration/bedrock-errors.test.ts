import { clearEmulator, fetchCalls, injectFault } from "../helpers/emulator-harness";
import { startGatewayHarness, type GatewayHarness } from "../helpers/gateway-harness";

const INVOKE = /* GraphQL */ `
  mutation ($input: InvokeModelInput!) {
    invokeModel(input: $input) {
      __typename
      ... on TextResult {
        text
        attempts
      }
      ... on BedrockError {
        message
        code
        retryable
        requestId
        source
      }
      ... on ModelError {
        originalStatusCode
        resourceName
      }
    }
  }
`;

const MODEL = "anthropic.claude-3-haiku-20240307-v1:0";
const INPUT = { modelId: MODEL, text: { prompt: "hello" } };

// Each Bedrock exception, the GraphQL type it must arrive as, and whether retrying can help.
const EXCEPTIONS: Array<[string, string, string, boolean]> = [
  ["AccessDeniedException", "AccessDeniedError", "ACCESS_DENIED", false],
  ["InternalServerException", "InternalServerError", "INTERNAL_SERVER", true],
  ["ModelErrorException", "ModelError", "MODEL_ERROR", false],
  ["ModelNotReadyException", "ModelNotReadyError", "MODEL_NOT_READY", true],
  ["ModelTimeoutException", "ModelTimeoutError", "MODEL_TIMEOUT", true],
  ["ResourceNotFoundException", "ResourceNotFoundError", "RESOURCE_NOT_FOUND", false],
  ["ServiceQuotaExceededException", "ServiceQuotaExceededError", "SERVICE_QUOTA_EXCEEDED", false],
  ["ServiceUnavailableException", "ServiceUnavailableError", "SERVICE_UNAVAILABLE", true],
  ["ThrottlingException", "ThrottlingError", "THROTTLING", true],
  ["ValidationException", "ValidationError", "VALIDATION", false],
];

describe("Bedrock exceptions as typed GraphQL errors", () => {
  describe("with SDK retries off", () => {
    let harness: GatewayHarness;
    beforeAll(async () => {
      harness = await startGatewayHarness({ maxAttempts: 1 });
    });
    afterAll(() => harness.close());
    afterEach(() => clearEmulator(harness.emulatorUrl));

    it.each(EXCEPTIONS)("%s arrives as %s", async (exception, typename, code, retryable) => {
      await injectFault(harness.emulatorUrl, { exception, count: 1, message: `injected ${exception}` });
      const response = await harness.graphql(INVOKE, { input: INPUT });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      const result = response.data?.invokeModel;
      expect(result).toMatchObject({
        __typename: typename,
        code,
        retryable,
        source: "BEDROCK",
        message: `injected ${exception}`,
      });
      // The AWS request id is the one the emulator sent, so users can quote it to AWS.
      expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("keeps ModelErrorException's own fields", async () => {
      await injectFault(harness.emulatorUrl, {
        exception: "ModelErrorException",
        count: 1,
        originalStatusCode: 500,
        resourceName: "model-container",
      });
      const result = (await harness.graphql(INVOKE, { input: INPUT })).data?.invokeModel;
      expect(result).toMatchObject({ __typename: "ModelError", originalStatusCode: 500, resourceName: "model-container" });
    });

    it("answers normally once the fault is used up", async () => {
      await injectFault(harness.emulatorUrl, { exception: "ThrottlingException", count: 1 });
      expect((await harness.graphql(INVOKE, { input: INPUT })).data?.invokeModel.__typename).toBe("ThrottlingError");
      expect((await harness.graphql(INVOKE, { input: INPUT })).data?.invokeModel.__typename).toBe("TextResult");
    });
  });

  describe("with the SDK's standard retries (3 attempts)", () => {
    let harness: GatewayHarness;
    beforeAll(async () => {
      harness = await startGatewayHarness({ maxAttempts: 3 });
    });
    afterAll(() => harness.close());
    afterEach(() => clearEmulator(harness.emulatorUrl));

    it("absorbs a transient fault: the caller gets its result", async () => {
      await injectFault(harness.emulatorUrl, { exception: "ServiceUnavailableException", count: 2 });
      const result = (await harness.graphql(INVOKE, { input: INPUT })).data?.invokeModel;
      expect(result.__typename).toBe("TextResult");
      expect(result.attempts).toBe(3);
      const calls = await fetchCalls(harness.emulatorUrl);
      expect(calls.map((call) => call.outcome)).toEqual(["ServiceUnavailableException", "ServiceUnavailableException", "ok"]);
    });

    it("reports the typed error when the fault outlasts the retries", async () => {
      await injectFault(harness.emulatorUrl, { exception: "InternalServerException", count: 5 });
      const result = (await harness.graphql(INVOKE, { input: INPUT })).data?.invokeModel;
      expect(result).toMatchObject({ __typename: "InternalServerError", retryable: true });
      expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(3);
    });

    it("does not retry what retrying cannot fix", async () => {
      await injectFault(harness.emulatorUrl, { exception: "ValidationException", count: 5 });
      expect((await harness.graphql(INVOKE, { input: INPUT })).data?.invokeModel.__typename).toBe("ValidationError");
      expect(await fetchCalls(harness.emulatorUrl)).toHaveLength(1);
    });
  });
});

describe("answers Bedrock sends that cannot be read", () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ maxAttempts: 1 });
  });
  afterAll(() => harness.close());
  afterEach(() => clearEmulator(harness.emulatorUrl));

  it.each(["malformed", "truncated", "wrong-shape"] as const)(
    "turns a %s response body into an InternalServerError from the gateway, with the AWS request id",
    async (corruptBody) => {
      await injectFault(harness.emulatorUrl, { corruptBody });
      const response = await harness.graphql(INVOKE, { input: INPUT });
      expect(response.errors).toBeUndefined();
      expect(response.data?.invokeModel).toMatchObject({ __typename: "InternalServerError", source: "GATEWAY", retryable: true });
      expect(response.data?.invokeModel.message).toContain("could not be read");
      expect(response.data?.invokeModel.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect((await fetchCalls(harness.emulatorUrl)).map((call) => call.outcome)).toEqual(["corrupted"]);
    },
  );
});
