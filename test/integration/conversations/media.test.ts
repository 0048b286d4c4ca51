import { fetchCalls } from "../../helpers/emulator-harness";
import { readEvents } from "../../helpers/sse-client";
import { invokeOver, streamOver, type Transport, useGatewayAndSocket } from "./conversation-client";
import { pngOfSize, SMALL_PDF, TINY_PNG } from "./media-samples";
import { STREAM } from "./conversation-operations";

function imageQuestion(base64: string, format = "PNG"): Record<string, unknown> {
  return { messages: [{ role: "USER", blocks: [{ image: { format, base64 } }, { text: "What is in this picture?" }] }] };
}

// One vision model per family that takes images on InvokeModel.
const VISION_MODELS = [
  "anthropic.claude-3-haiku-20240307-v1:0",
  "amazon.nova-lite-v1:0",
  "us.meta.llama3-2-11b-instruct-v1:0",
  "us.mistral.pixtral-large-2502-v1:0",
];

describe("images and documents through GraphQL", () => {
  const suite = useGatewayAndSocket({ limits: { maxMediaBytes: 6 * 1024 * 1024 } });

  describe.each(["http", "websocket"] as Transport[])("over %s", (transport) => {
    it.each(VISION_MODELS)("%s answers a question about an image it was sent", async (modelId) => {
      const answer = await invokeOver(transport, suite.harness, suite.socket, { modelId, text: imageQuestion(TINY_PNG) });
      expect(answer).toMatchObject({ __typename: "TextResult", finishReason: "END_TURN" });
      expect(answer.text).toMatch(/png image/i);
    });

    it("Claude answers a question about a PDF it was sent", async () => {
      const text = {
        messages: [
          { role: "USER", blocks: [{ document: { format: "PDF", name: "Quarterly report", base64: SMALL_PDF } }, { text: "Summarize it." }] },
        ],
      };
      const answer = await invokeOver(transport, suite.harness, suite.socket, { modelId: "us.anthropic.claude-sonnet-4-20250514-v1:0", text });
      expect(answer).toMatchObject({ __typename: "TextResult" });
      expect(answer.text).toContain("Quarterly report");
    });

    it("takes a 2.5 MB photo, which the old 1 MiB body limit refused", async () => {
      const answer = await invokeOver(transport, suite.harness, suite.socket, {
        modelId: "anthropic.claude-3-haiku-20240307-v1:0",
        text: imageQuestion(pngOfSize(2_500_000)),
      });
      expect(answer).toMatchObject({ __typename: "TextResult" });
    });
  });

  describe("refused before any call to Bedrock, with the field and what the model takes", () => {
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      [
        "an image for a text-only model",
        { modelId: "meta.llama3-8b-instruct-v1:0", text: imageQuestion(TINY_PNG) },
        "input.text.messages.0.blocks.0.image",
        /takes text only, not images/,
      ],
      [
        "a PDF for a model that takes images only",
        {
          modelId: "anthropic.claude-3-haiku-20240307-v1:0",
          text: { messages: [{ role: "USER", blocks: [{ document: { format: "PDF", name: "r", base64: SMALL_PDF } }] }] },
        },
        "input.text.messages.0.blocks.0.document",
        /takes text and image, not documents/,
      ],
      [
        "bytes that are not base64",
        { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: imageQuestion("not*base64!") },
        "input.text.messages.0.blocks.0.image.base64",
        /not valid base64/,
      ],
      [
        "a PNG declared as JPEG",
        { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: imageQuestion(TINY_PNG, "JPEG") },
        "input.text.messages.0.blocks.0.image.base64",
        /declared jpeg but holds png bytes/,
      ],
      [
        "an image over the family's per-image limit",
        { modelId: "anthropic.claude-3-haiku-20240307-v1:0", text: imageQuestion(pngOfSize(4_000_000)) },
        "input.text.messages.0.blocks.0.image.base64",
        /at most 3\.75 MiB/,
      ],
      [
        "media over the operation's limit",
        { modelId: "amazon.nova-lite-v1:0", text: imageQuestion(pngOfSize(7_000_000)) },
        "input.text.messages",
        /limit is 6291456 bytes/,
      ],
      [
        "an image in the assistant's turn",
        {
          modelId: "anthropic.claude-3-haiku-20240307-v1:0",
          text: {
            messages: [
              { role: "USER", content: "Hi" },
              { role: "ASSISTANT", blocks: [{ image: { format: "PNG", base64: TINY_PNG } }] },
            ],
          },
        },
        "input.text.messages.1.blocks.0.image",
        /only stand in a user turn/,
      ],
    ];

    it.each(cases)("%s, over HTTP and WebSocket", async (_name, input, field, message) => {
      const before = (await fetchCalls(suite.harness.emulatorUrl)).length;
      for (const transport of ["http", "websocket"] as Transport[]) {
        const answer = await invokeOver(transport, suite.harness, suite.socket, input);
        expect(answer).toMatchObject({ __typename: "ValidationError", field, source: "GATEWAY" });
        expect(answer.message).toMatch(message);
      }
      expect(await fetchCalls(suite.harness.emulatorUrl)).toHaveLength(before);
    });

    it("the same limits hold for streams, over WebSocket and SSE", async () => {
      const before = (await fetchCalls(suite.harness.emulatorUrl)).length;
      const input = { modelId: "amazon.nova-lite-v1:0", text: imageQuestion(pngOfSize(7_000_000)) };
      const [overSocket] = await streamOver(suite.socket, input);
      expect(overSocket).toMatchObject({ __typename: "ValidationError", field: "input.text.messages" });
      const response = await fetch(`${suite.harness.gatewayUrl}/stream`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ query: STREAM, variables: { input } }),
      });
      const events = [];
      for await (const event of readEvents(response.body!)) if (event.event === "next") events.push(JSON.parse(event.data));
      expect(events[0].data.invokeModelStream).toMatchObject({ __typename: "ValidationError", field: "input.text.messages" });
      expect(await fetchCalls(suite.harness.emulatorUrl)).toHaveLength(before);
    });

    it("a content block with two members is refused by GraphQL itself (@oneOf)", async () => {
      const response = await suite.harness.graphql(`mutation ($input: InvokeModelInput!) { invokeModel(input: $input) { __typename } }`, {
        input: {
          modelId: "anthropic.claude-3-haiku-20240307-v1:0",
          text: { messages: [{ role: "USER", blocks: [{ text: "a", cachePoint: true }] }] },
        },
      });
      expect(response.status).toBe(400);
      expect(response.errors?.[0].message).toMatch(/Exactly one key must be specified for OneOf type "ContentBlockInput"/);
    });
  });
});
