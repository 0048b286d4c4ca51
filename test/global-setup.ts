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
 * The smoke tests run the built program (`dist/`), as users do. A `dist/` missing or older than
 * `src/` would test something else than the code under review, so jest stops here instead.
 */
export default function checkBuildIsCurrent(): void {
  let built: number;
  try {
    built = statSync(join(ROOT, "dist", "main.js")).mtimeMs;
  } catch {
    throw new Error("dist/main.js is missing: run `npm run build` before jest (`npm test` does)");
  }
  if (newestFile(join(ROOT, "src")) > built) {
    throw new Error("dist/ is older than src/: run `npm run build` before jest (`npm test` does)");
  }
}
