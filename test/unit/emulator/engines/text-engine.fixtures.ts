import { Ajv } from "ajv";
import { answerInvokeStream } from "../../../../src/emulator/engines/answer-invoke-stream";
import { encodePng } from "../../../../src/emulator/engines/png-writer";

/** A real 2×1 PNG, so media inspection reads genuine bytes. */
export const PNG = encodePng(2, 1, Buffer.alloc(1 + 3 * 2));
export const PNG_BASE64 = PNG.toString("base64");
/** What every family's answer says it saw for PNG. */
export const PNG_SEEN = `I see a png image of ${PNG.length} bytes`;
/** Base64 that cannot decode: a length that is not a multiple of four. */
export const BAD_BASE64 = "iVBORw0KGgo@@";

/** A tool schema with a required string, a bounded integer and an enum, so a sampled input can be wrong in several ways. */
export const WEATHER_SCHEMA = {
  type: "object",
  properties: {
    city: { type: "string", minLength: 2 },
    days: { type: "integer", minimum: 1, maximum: 7 },
    unit: { type: "string", enum: ["celsius", "fahrenheit"] },
  },
  required: ["city", "days"],
  additionalProperties: false,
};

/** The question that makes the emulated model reach for get_weather: it names the tool's telling word. */
export const WEATHER_QUESTION = "What is the weather in Paris this week?";

const ajv = new Ajv({ allErrors: true });

/** Ajv's errors for `value` against `schema`, empty when it conforms. */
export function schemaErrors(schema: object, value: unknown): string[] {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The chunks InvokeModelWithResponseStream would send, untyped so assertions reach any field. */
export function streamedChunks(modelId: string, body: unknown): any[] {
  const outcome = answerInvokeStream(modelId, body);
  if (!outcome.ok) throw new Error(`expected chunks, got ${outcome.exception}: ${outcome.message}`);
  return [...outcome.chunks];
}

/** An OpenAI-style choice put back together from its stream deltas (under `message` in Mistral's chunks), as a client assembles it. */
export function assembledChoice(chunks: readonly any[], index = 0) {
  let content = "";
  let finish: string | null = null;
  const calls: Array<{ id: string; type: string; function: { name: string; arguments: string } }> = [];
  for (const choice of chunks.flatMap((chunk) => chunk.choices ?? []).filter((choice) => choice.index === index)) {
    const delta = choice.delta ?? choice.message;
    content += delta.content ?? "";
    for (const call of delta.tool_calls ?? []) {
      if (call.id !== undefined) calls[call.index] = { id: call.id, type: call.type, function: { name: call.function.name, arguments: "" } };
      calls[call.index].function.arguments += call.function.arguments ?? "";
    }
    finish = choice.finish_reason ?? choice.stop_reason ?? finish;
  }
  return { content, calls, finish };
}
