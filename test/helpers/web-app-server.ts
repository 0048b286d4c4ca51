import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port";

const ROOT = join(__dirname, "..", "..");
const VITE = join(ROOT, "node_modules", "vite", "bin", "vite.js");

export interface WebAppServer {
  /** The app's origin as a browser names it when served from `localhost`. */
  port: number;
  close(): Promise<void>;
}

/**
 * Builds examples/web with Vite and serves the build with `vite preview`, as a team would ship
 * it: static files on an origin of their own, the gateway elsewhere.
 */
export async function serveWebApp(): Promise<WebAppServer> {
  const outDir = mkdtempSync(join(tmpdir(), "web-app-"));
  execFileSync(process.execPath, [VITE, "build", "examples/web", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [VITE, "preview", "examples/web", "--outDir", outDir, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("vite preview did not start")), 15_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
