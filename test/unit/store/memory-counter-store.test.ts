import { reservationContract } from "../../helpers/counter-store-contract";
import { createMemoryCounterStore } from "../../../src/store/memory-counter-store";

describe("the in-memory counter store", () => {
  const minute = 60_000;
  const start = Date.UTC(2025, 0, 1, 12, 0, 0);

  it("admits up to the limit within a window, tells how long until the next, then admits again", async () => {
    const store = createMemoryCounterStore();
    const check = [{ key: "requests:a", windowMs: minute, limit: 2, add: 1 }];
    expect(await store.take(check, start)).toEqual({ ok: true, value: { admitted: true } });
    expect(await store.take(check, start + 1_000)).toEqual({ ok: true, value: { admitted: true } });
    expect(await store.take(check, start + 15_000)).toEqual({ ok: true, value: { admitted: false, refusedKey: "requests:a", retryAfterMs: 45_000 } });
    expect(await store.take(check, start + minute)).toEqual({ ok: true, value: { admitted: true } });
  });

  it("adds to no counter when any check refuses, and refuses a spent token budget with add 0", async () => {
    const store = createMemoryCounterStore();
    await store.add([{ key: "tokens:a", windowMs: minute, amount: 500 }], start);
    const checks = [
      { key: "requests:a", windowMs: minute, limit: 5, add: 1 },
      { key: "tokens:a", windowMs: minute, limit: 500, add: 0 },
    ];
    expect(await store.take(checks, start)).toMatchObject({ value: { admitted: false, refusedKey: "tokens:a" } });
    expect(await store.take([{ key: "requests:a", windowMs: minute, limit: 1, add: 1 }], start)).toEqual({ ok: true, value: { admitted: true } });
  });
});

describe("the memory counter store with token reservations", reservationContract(createMemoryCounterStore));
