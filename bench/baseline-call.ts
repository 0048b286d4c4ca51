import { type BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { BENCH_MODEL, benchClientSettings } from "./bench-settings";

/** Placeholder credentials for the emulator, which does not verify signatures. */
export const BENCH_CREDENTIALS = { accessKeyId: "AKIDLOCALEMULATOR", secretAccessKey: "local-emulator-placeholder" };

export interface BaselineAnswer {
  text: string;
  requestId: string | null;
  attempts: number;
  /** The model's response body, parsed. */
  raw: { content: Array<{ text: string }> };
}

/**
 * The least an invocation can be: one Claude Messages body written by hand, one
 * InvokeModelCommand under the bench's deadline, the reply's JSON read. The baseline arm and
 * the stack floor send exactly this.
 */
export async function sendBaselineCall(client: BedrockRuntimeClient, prompt: string): Promise<BaselineAnswer> {
  const body = { anthropic_version: "bedrock-2023-05-31", max_tokens: 200, messages: [{ role: "user", content: prompt }] };
  const output = await client.send(
    new InvokeModelCommand({ modelId: BENCH_MODEL, contentType: "application/json", body: Buffer.from(JSON.stringify(body)) }),
    { abortSignal: AbortSignal.timeout(benchClientSettings.timeoutMs) },
  );
  const raw = JSON.parse(Buffer.from(output.body!).toString("utf8")) as BaselineAnswer["raw"];
  return { text: raw.content[0]?.text ?? "", requestId: output.$metadata.requestId ?? null, attempts: output.$metadata.attempts ?? 1, raw };
}
