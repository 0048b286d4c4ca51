import { type Authenticator, type SourcedAuthenticator } from "../auth/authenticator";
import { fail } from "../lib/result";
import { type CounterStore } from "../store/counter-store";

const MINUTE_MS = 60_000;

export interface FailedAuthenticationLimitOptions {
  /** Shared by replicas through Redis when configured, so guessing on several replicas adds up. */
  store: CounterStore;
  /** Failed authentications one source may make per UTC minute before it is refused until the minute ends; 0: no limit. */
  failuresPerMinute: number;
  /** Told of every refused credential and of every request refused for the limit. */
  onFailure(): void;
  onLockedOut(): void;
  now?: () => number;
}

/**
 * Slows credential guessing: a source (an address) whose credentials were refused
 * `failuresPerMinute` times in a minute is refused before its next credential is even looked
 * at, until the minute ends. A store that cannot answer does not lock anyone out: this is a
 * brake on guessing, not an access rule.
 */
export function limitFailedAuthentications(
  authenticate: Authenticator,
  { store, failuresPerMinute, onFailure, onLockedOut, now = () => Date.now() }: FailedAuthenticationLimitOptions,
): SourcedAuthenticator {
  const limited = failuresPerMinute > 0;
  return async (credentials, source) => {
    const key = `auth-failures:${source}`;
    const open = limited ? await store.take([{ key, windowMs: MINUTE_MS, limit: failuresPerMinute, add: 0 }], now()) : null;
    if (open?.ok && !open.value.admitted) {
      onLockedOut();
      const retryAfterSeconds = Math.max(1, Math.ceil(open.value.retryAfterMs / 1000));
      return fail({ message: `Too many failed authentications from this address; retry in ${retryAfterSeconds} s`, retryAfterSeconds });
    }
    const result = await authenticate(credentials);
    if (!result.ok) {
      onFailure();
      if (limited) await store.add([{ key, windowMs: MINUTE_MS, amount: 1 }], now());
    }
    return result;
  };
}
