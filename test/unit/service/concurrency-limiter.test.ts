import { createConcurrencyLimiter } from "../../../src/service/concurrency-limiter";

/** A task that finishes when the test says so, and counts how many run at once. */
function gatedTasks() {
  let running = 0;
  let mostAtOnce = 0;
  const gates: Array<() => void> = [];
  const task = () =>
    new Promise<void>((resolve) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      gates.push(() => {
        running -= 1;
        resolve();
      });
    });
  return { task, gates, mostAtOnce: () => mostAtOnce };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("per-model concurrency limiter", () => {
  it("runs at most the limit per key at once and starts waiters as slots free up", async () => {
    const limiter = createConcurrencyLimiter(2);
    const { task, gates, mostAtOnce } = gatedTasks();
    const all = Array.from({ length: 5 }, () => limiter.run("model-a", task));
    await settle();
    expect(gates).toHaveLength(2);
    gates[0]();
    await settle();
    expect(gates).toHaveLength(3);
    for (let index = 1; index < 5; index += 1) {
      gates[index]();
      await settle();
    }
    await Promise.all(all);
    expect(mostAtOnce()).toBe(2);
  });

  it("limits each key on its own", async () => {
    const limiter = createConcurrencyLimiter(1);
    const { task, gates } = gatedTasks();
    const all = [limiter.run("model-a", task), limiter.run("model-b", task), limiter.run("model-a", task)];
    await settle();
    expect(gates).toHaveLength(2);
    gates.forEach((open) => open());
    await settle();
    gates[2]();
    await Promise.all(all);
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createConcurrencyLimiter(1);
    await expect(limiter.run("model-a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run("model-a", async () => "next")).resolves.toBe("next");
  });

  it("serves waiting parties in turn, so one party's backlog does not hold another's task", async () => {
    const limiter = createConcurrencyLimiter(1);
    const started: string[] = [];
    const { task, gates } = gatedTasks();
    const as = (name: string) => () => {
      started.push(name);
      return task();
    };
    const all = [
      ...Array.from({ length: 4 }, (_, index) => limiter.run("model-a", as(`flood-${index}`), "flooder")),
      limiter.run("model-a", as("other"), "other-caller"),
    ];
    await settle();
    expect(started).toEqual(["flood-0"]);
    gates[0]();
    await settle();
    gates[1]();
    await settle();
    // After the running flood task, the other caller's turn comes before the rest of the flood.
    expect(started).toEqual(["flood-0", "flood-1", "other"]);
    for (let gate = 2; gate < 5; gate++) {
      gates[gate]();
      await settle();
    }
    await Promise.all(all);
    expect(started).toEqual(["flood-0", "flood-1", "other", "flood-2", "flood-3"]);
  });

  it("gives an acquired slot back once, however often the release is called", async () => {
    const limiter = createConcurrencyLimiter(1);
    const give = await limiter.acquire("model-a");
    give();
    give();
    const first = await limiter.acquire("model-a");
    let second = false;
    void limiter.acquire("model-a").then(() => (second = true));
    await settle();
    expect(second).toBe(false);
    first();
    await settle();
    expect(second).toBe(true);
  });
});
