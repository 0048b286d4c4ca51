import { readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES_DIRECTORY = join(__dirname, "..", "..", "fixtures");

/** A provider body from test/fixtures, parsed as the codec would receive it. */
export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES_DIRECTORY, name), "utf8"));
}
