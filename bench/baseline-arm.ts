import http from "node:http";
import { InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";
import { createBedrockClient } from "../src/bedrock/bedrock-invoker";
import { BENCH_MODEL, benchClientSettings } from "./bench-settings";

/**
 * Arm (b): the least a server can do for the same answer. A bare Node http handler reads the
 * prompt, sends the same InvokeModel command through a client built exactly as the gateway
 * builds its own, and writes the model's text back. No GraphQL, validation, codecs or logs.
 */
async function main(): Promise<void> {
  const endpoint = process.argv[2]!;
  const client = createBedrockClient({
    ...benchClientSettings,
    endpoint,
    credentials: { accessKeyId: "AKIDLOCALEMULATOR", secretAccessKey: "local-emulator-placeholder" },
  });
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const { prompt } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { prompt: string };
        const body = { anthropic_version: "bedrock-2023-05-31", max_tokens: 200, messages: [{ role: "user", content: prompt }] };
        const output = await client.send(
          new InvokeModelCommand({ modelId: BENCH_MODEL, contentType: "application/json", body: Buffer.from(JSON.stringify(body)) }),
          { abortSignal: AbortSignal.timeout(benchClientSettings.timeoutMs) },
        );
        const answer = JSON.parse(Buffer.from(output.body!).toString("utf8")) as { content: Array<{ text: string }> };
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ text: answer.content[0]?.text }));
      } catch (error) {
        response.writeHead(502, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/\n`);
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}

void main();
