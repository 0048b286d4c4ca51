import { type Authenticator } from "../../../src/auth/authenticator";
import { fail, ok } from "../../../src/lib/result";
import { limitFailedAuthentications } from "../../../src/service/failed-authentication-limit";
import { createMemoryCounterStore } from "../../../src/store/memory-counter-store";

const KNOWN_KEY = "right";
const authenticate: Authenticator = async ({ apiKey }) =>
  apiKey === KNOWN_KEY ? ok({ id: "ada", groups: [], method: "api-key", tenant: null }) : fail({ message: "The API key is not recognized" });

describe("the limit on failed authentications", () => {
  const setup = (failuresPerMinute: number) => {
    const counts = { failures: 0, lockouts: 0 };
    let clock = Date.UTC(2026, 10, 30, 12, 0, 10);
    const guarded = limitFailedAuthentications(authenticate, {
      store: createMemoryCounterStore(),
      failuresPerMinute,
      onFailure: () => counts.failures++,
      onLockedOut: () => counts.lockouts++,
      now: () => clock,
    });
    return { guarded, counts, advance: (ms: number) => (clock += ms) };
  };

  it("refuses a source after its failures, whatever it sends next, until the minute ends", async () => {
    const { guarded, counts, advance } = setup(3);
    for (let attempt = 0; attempt < 3; attempt++) expect((await guarded({ apiKey: `guess-${attempt}` }, "10.0.0.9")).ok).toBe(false);
    const locked = await guarded({ apiKey: KNOWN_KEY }, "10.0.0.9");
    expect(locked).toEqual({ ok: false, failure: { message: expect.stringContaining("Too many failed authentications"), retryAfterSeconds: 50 } });
    expect(counts).toEqual({ failures: 3, lockouts: 1 });
    // Another address is not held back by this one's guessing.
    expect((await guarded({ apiKey: KNOWN_KEY }, "10.0.0.10")).ok).toBe(true);
    advance(50_000);
    expect((await guarded({ apiKey: KNOWN_KEY }, "10.0.0.9")).ok).toBe(true);
  });

  it("does not count successes, and refuses nobody at 0", async () => {
    const { guarded, counts } = setup(1);
    for (let attempt = 0; attempt < 5; attempt++) expect((await guarded({ apiKey: KNOWN_KEY }, "10.0.0.9")).ok).toBe(true);
    expect(counts).toEqual({ failures: 0, lockouts: 0 });
    const off = setup(0);
    for (let attempt = 0; attempt < 5; attempt++) await off.guarded({ apiKey: "guess" }, "10.0.0.9");
    expect((await off.guarded({ apiKey: KNOWN_KEY }, "10.0.0.9")).ok).toBe(true);
    // Off, failures are still counted for the metric.
    expect(off.counts).toEqual({ failures: 5, lockouts: 0 });
  });
});
