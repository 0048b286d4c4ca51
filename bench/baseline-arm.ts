import http from "node:http";
import { createBedrockClient } from "../src/bedrock/bedrock-invoker";
import { BENCH_CREDENTIALS, sendBaselineCall } from "./baseline-call";
import { benchClientSettings } from "./bench-settings";

/**
 * Arm (b): the least a server can do for the same answer. A bare Node http handler reads the
 * prompt, sends the same InvokeModel command through a client built exactly as the gateway
 * builds its own, and writes the model's text back. No GraphQL, validation, codecs or logs.
 */
async function main(): Promise<void> {
  const endpoint = process.argv[2]!;
  const client = createBedrockClient({ ...benchClientSettings, endpoint, credentials: BENCH_CREDENTIALS });
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => void answer());
    // Answers every failure itself, so nothing is left to reject.
    async function answer(): Promise<void> {
      try {
        const { prompt } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { prompt: string };
        const answer = await sendBaselineCall(client, prompt);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ text: answer.text }));
      } catch (error) {
        response.writeHead(502, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      }
    }
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.stdout.write(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/\n`);
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
}

void main();
