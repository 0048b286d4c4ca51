import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { exitCode, gatewayUrlOf, startMain } from "../helpers/main-process";

const ROOT = join(__dirname, "..", "..");
const run = promisify(execFile);

// What an operator's image holds: the lock file's production dependencies and dist/, nothing
// else. A run-time import of a dev dependency (or of a file outside dist/) fails here.
describe("a production install", () => {
  let copy: string;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "gateway-production-"));
    for (const file of ["package.json", "package-lock.json"]) cpSync(join(ROOT, file), join(copy, file));
    cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
    await run("npm", ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: copy });
  }, 180_000);

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("has no dev dependency installed", async () => {
    const { stdout } = await run("npm", ["ls", "--omit=dev", "--parseable", "--depth=0"], { cwd: copy });
    expect(stdout).not.toMatch(/node_modules\/(typescript|jest|ts-jest|tsx|@graphql-codegen)/);
    await expect(run("npm", ["ls", "typescript"], { cwd: copy })).rejects.toThrow();
  });

  it("serves GraphQL from dist/ alone", async () => {
    const main = startMain({ PORT: "0", HOST: "127.0.0.1", NODE_ENV: "production", BEDROCK_MODE: "emulator", AUTH_ANONYMOUS: "true" }, copy);
    try {
      const url = await gatewayUrlOf(main);
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { invokeModel(input: { modelId: "amazon.titan-embed-text-v2:0", embedding: { text: "hello" } }) { __typename ... on EmbeddingResult { dimensions } } }`,
        }),
      });
      expect(await response.json()).toEqual({ data: { invokeModel: { __typename: "EmbeddingResult", dimensions: 1024 } } });
    } finally {
      main.child.kill("SIGTERM");
    }
    expect(await exitCode(main.child)).toBe(0);
  });
});
