import { type CounterStore } from "../../src/store/counter-store";

const HOUR_MS = 3_600_000;

/**
 * What every counter store must do with a token reservation, whichever store it is: admit while
 * anything is left (one reservation may pass the limit), hold concurrent decisions atomically,
 * and take back what a settlement returns.
 */
export function reservationContract(makeStore: () => CounterStore) {
  return () => {
    let store: CounterStore;
    beforeEach(() => {
      store = makeStore();
    });
    // Closed however a test ends: an open Redis connection would keep jest from exiting.
    afterEach(() => store.close());

    it("lets one reservation pass the limit, then refuses until something is given back", async () => {
      expect(await store.whenReady(2_000)).toBe(true);
      // The present (Redis expires windows in real time), in hour windows that a test cannot straddle by chance.
      const now = Date.now();
      const reserve = (add: number) =>
        store
          .take([{ key: "tokens:ada", windowMs: HOUR_MS, limit: 100, add, mayPassLimit: true }], now)
          .then((decision) => decision.ok && decision.value.admitted);
      expect(await reserve(80)).toBe(true);
      expect(await reserve(80)).toBe(true);
      expect(await reserve(1)).toBe(false);
      await store.add([{ key: "tokens:ada", windowMs: HOUR_MS, amount: -150 }], now);
      expect(await reserve(1)).toBe(true);
    });

    it("admits no more than the limit allows under 100 concurrent reservations", async () => {
      expect(await store.whenReady(2_000)).toBe(true);
      const now = Date.now();
      const decisions = await Promise.all(
        Array.from({ length: 100 }, () => store.take([{ key: "tokens:bo", windowMs: HOUR_MS, limit: 300, add: 90, mayPassLimit: true }], now)),
      );
      // 0, 90, 180, 270 are below 300: four reservations, 360 tokens, passing 300 by less than one.
      expect(decisions.filter((decision) => decision.ok && decision.value.admitted)).toHaveLength(4);
    });
  };
}
