import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");
const run = promisify(execFile);

interface LintResult {
  messages: Array<{ ruleId: string | null; message: string }>;
}

/**
 * Lints a scratch file placed in `src/<layer>/` with the project's own ESLint configuration, by
 * the same command `npm run lint` uses (ESLint loads its ES-module config, which jest's CommonJS
 * runtime cannot import in-process).
 */
async function lintScratch(layer: string, source: string): Promise<string[]> {
  const path = join(ROOT, "src", layer, `scratch-import-check-${process.pid}.ts`);
  writeFileSync(path, source);
  try {
    const { stdout } = await run(join(ROOT, "node_modules", ".bin", "eslint"), ["--format", "json", path], { cwd: ROOT }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? "[]" }),
    );
    const [result] = JSON.parse(stdout) as LintResult[];
    return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
  } finally {
    rmSync(path, { force: true });
  }
}

// The architecture's import directions are a lint rule, so a wrong import fails `npm run lint`.
describe("import directions", () => {
  jest.setTimeout(60_000);

  it("lets a codec use lib/", async () => {
    const messages = await lintScratch("models", `import { ok } from "../lib/result";\n\nexport const answer = ok(1);\n`);
    expect(messages).toEqual([]);
  });

  it("refuses a codec that imports the GraphQL schema layer", async () => {
    const messages = await lintScratch(
      "models",
      `import { buildGatewaySchema } from "../schema/build-schema";\n\nexport const build = buildGatewaySchema;\n`,
    );
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/models\/ may not import src\/schema\//)]);
  });

  it("refuses a codec that imports graphql or the AWS SDK", async () => {
    const messages = await lintScratch(
      "models",
      `import { GraphQLError } from "graphql";\nimport { BedrockRuntimeClient } from "@aws-sdk/client-bedrock-runtime";\n\nexport const types = [GraphQLError, BedrockRuntimeClient];\n`,
    );
    expect(messages).toHaveLength(2);
    expect(messages.every((message) => message.startsWith("no-restricted-imports: "))).toBe(true);
  });

  it("keeps the emulator out of the gateway's layers", async () => {
    const messages = await lintScratch(
      "service",
      `import { startEmulator } from "../emulator/emulator-server";\n\nexport const start = startEmulator;\n`,
    );
    expect(messages).toEqual([expect.stringMatching(/src\/service\/ may not import src\/emulator\//)]);
  });
});
