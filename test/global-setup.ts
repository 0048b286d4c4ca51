import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

function newestFile(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestFile(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The smoke tests run the built program (`dist/`), as users do. `npm test` builds before jest;
 * a `dist/` missing or older than `src/` (jest run on its own after an edit) is rebuilt here, so
 * no test ever runs yesterday's build.
 */
export default function buildIfStale(): void {
  let built = 0;
  try {
    built = statSync(join(ROOT, "dist", "main.js")).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (newestFile(join(ROOT, "src")) > built) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
}
