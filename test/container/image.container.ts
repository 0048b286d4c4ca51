import { execFile, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { exitCode } from "../helpers/main-process";

// `npm run test:container`: the Dockerfile built by a real container engine (Debian's podman) from
// a clean clone, then the image's own files run the way its CMD, USER, WORKDIR and ENV say.
// These machines can build but not run containers (crun may not set rlimits here), so the built
// image's filesystem is exported and its command run as its user; the base image is
// CONTAINER_BASE_IMAGE, else one made from this machine's Node (test/container/host-node-base.sh),
// since no registry can be pulled from here.
const ROOT = join(__dirname, "..", "..");
const run = promisify(execFile);
const IMAGE = "localhost/bedrock-graphql-gateway:container-test";

interface ImageConfig {
  User: string;
  Cmd: string[];
  WorkingDir: string;
  Env: string[];
  Healthcheck?: { Test: string[] };
}

describe("the container image (Dockerfile)", () => {
  let work: string;
  let app: string;
  let config: ImageConfig;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "gateway-image-"));
    // The image's user (uid 1000) must reach the exported files.
    chmodSync(work, 0o755);
    await run("git", ["clone", "--quiet", ROOT, join(work, "clone")]);
    let base = process.env.CONTAINER_BASE_IMAGE;
    if (base === undefined) {
      await run("bash", [join(ROOT, "test", "container", "host-node-base.sh")]);
      base = "localhost/host-node:latest";
    }
    await run(
      "podman",
      ["build", "--isolation", "chroot", "--format", "docker", "--build-arg", `NODE_IMAGE=${base}`, "-t", IMAGE, join(work, "clone")],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    config = JSON.parse((await run("podman", ["image", "inspect", IMAGE, "--format", "{{json .Config}}"])).stdout) as ImageConfig;
    config.Healthcheck = JSON.parse(
      (await run("podman", ["image", "inspect", IMAGE, "--format", "{{json .HealthCheck}}"])).stdout,
    ) as ImageConfig["Healthcheck"];
    const { stdout: container } = await run("podman", ["create", IMAGE]);
    await run("bash", [
      "-c",
      `mkdir -p ${work}/fs && podman export ${container.trim()} | tar -x -C ${work}/fs && podman rm ${container.trim()} >/dev/null`,
    ]);
    app = join(work, "fs", config.WorkingDir);
  }, 600_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("runs node itself as an unprivileged user, with a health check on /healthz", () => {
    expect(config.User).toBe("node");
    // Exec form: node is PID 1 and receives SIGTERM, no shell or npm in between.
    expect(config.Cmd).toEqual(["node", "dist/main.js"]);
    expect(config.Env).toEqual(expect.arrayContaining(["NODE_ENV=production", "HOST=0.0.0.0"]));
    expect(config.Healthcheck?.Test.join(" ")).toContain("/healthz");
  });

  it("holds dist/ and production dependencies only", () => {
    expect(readdirSync(app).sort()).toEqual(["dist", "node_modules", "package.json"]);
    const installed = readdirSync(join(app, "node_modules"));
    for (const devOnly of ["typescript", "jest", "eslint", "tsx", "playwright-core", "vite"]) expect(installed).not.toContain(devOnly);
  });

  it("serves as its user, passes its health check, and exits 0 on SIGTERM", async () => {
    const env = Object.fromEntries(config.Env.map((entry) => entry.split(/=(.*)/s).slice(0, 2)));
    const environment = { ...env, PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", BEDROCK_MODE: "emulator", AUTH_ANONYMOUS: "true" };
    const child = spawn("setpriv", ["--reuid=1000", "--regid=1000", "--clear-groups", process.execPath, ...config.Cmd.slice(1)], {
      cwd: app,
      env: environment,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    const ready = await new Promise<string>((resolve, reject) => {
      const fail = () => reject(new Error(`the image's command did not get ready:\n${lines.join("\n")}`));
      const timer = setTimeout(fail, 20_000);
      child.once("exit", fail);
      for (const stream of [child.stdout!, child.stderr!]) {
        createInterface({ input: stream }).on("line", (line) => {
          lines.push(line);
          const match = /GraphQL ready at (http:\/\/[^\s"]+)/.exec(line);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      }
    });
    const response = await fetch(ready, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { invokeModel(input: { modelId: "amazon.nova-lite-v1:0", text: { prompt: "hi" } }) { __typename } }` }),
    });
    expect(((await response.json()) as { data: { invokeModel: { __typename: string } } }).data.invokeModel.__typename).toBe("TextResult");
    // The HEALTHCHECK's own command, with the port the process listens on.
    const [, ...check] = config.Healthcheck!.Test;
    await expect(run(check[0]!, check.slice(1), { env: { ...environment, PORT: new URL(ready).port } })).resolves.toBeDefined();
    child.kill("SIGTERM");
    expect(await exitCode(child)).toBe(0);
  });
});
