import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_VARIABLES } from "../../src/config/load-config";

/** Every variable named in the first column of a README table row: `| \`NAME\` |` or `| \`A\`, \`B\`, … |`. */
function documentedVariables(readme: string): string[] {
  return readme
    .split("\n")
    .filter((line) => /^\| `[A-Z][A-Z0-9_]*`/.test(line))
    .flatMap((line) => [...line.split("|")[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]!));
}

// The README's settings tables are how operators learn what the gateway reads; they must not
// miss a setting, nor list one the configuration no longer reads.
describe("the README's settings tables", () => {
  it("list exactly the environment variables the configuration reads", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    expect([...new Set(documentedVariables(readme))].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
