// Slows password guessing without letting a stranger lock a real user out. Failures are counted
// per (account, address) pair and per address, never per account alone: after a few free
// failures each further one doubles the wait before that pair (or address) may try again, and an
// attempt inside the wait is RATE_LIMITED with the time to retry. The owner signing in from
// their own address is not slowed by someone guessing elsewhere. Failures per account are also
// counted, only to alert the owner. Kept in this process's memory, like the cost budget.
import type { Clock } from '../../clock.js';
import { PrunedMap } from '../../pruned-map.js';

export type ThrottleSettings = {
  /** Failures of one (account, address) pair before the waits start. */
  freeFailures: number;
  /** Failures from one address, over all accounts, before the waits start. */
  addressFreeFailures: number;
  /** The first wait; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A counter idle this long starts over. */
  forgetAfterMs: number;
  /** Failures on one account (from anywhere) that put an alert in its owner's inbox. */
  alertAfterFailures: number;
};

export const DEFAULT_THROTTLE: ThrottleSettings = {
  freeFailures: 5,
  addressFreeFailures: 30,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  alertAfterFailures: 10,
};

type Counter = { failures: number; lastAt: number; blockedUntil: number };

export class SignInThrottle {
  private readonly counters = new PrunedMap<Counter>((c, now) => now - c.lastAt > this.settings.forgetAfterMs);

  constructor(
    private readonly clock: Clock,
    private readonly settings: ThrottleSettings,
  ) {}

  /** When this attempt must wait: the time it may retry, or null to go ahead. */
  retryAt(account: string, address: string): Date | null {
    const now = this.clock.now().getTime();
    const until = Math.max(this.counter(pairKey(account, address), now).blockedUntil, this.counter(addressKey(address), now).blockedUntil);
    return until > now ? new Date(until) : null;
  }

  /** Records a failure; `alert` is true exactly once per burst, when the owner should be told. */
  failed(account: string, address: string): { alert: boolean; failures: number } {
    const now = this.clock.now().getTime();
    this.bump(pairKey(account, address), now, this.settings.freeFailures);
    this.bump(addressKey(address), now, this.settings.addressFreeFailures);
    const failures = this.bump(accountKey(account), now, Number.POSITIVE_INFINITY);
    this.counters.prune(now);
    return { alert: failures === this.settings.alertAfterFailures, failures };
  }

  /** The right password from this address clears its pair (the address and account counters stay). */
  succeeded(account: string, address: string): void {
    this.counters.delete(pairKey(account, address));
  }

  private bump(key: string, now: number, free: number): number {
    const c = this.counter(key, now);
    c.failures += 1;
    c.lastAt = now;
    if (c.failures > free) {
      const delay = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** Math.min(30, c.failures - free - 1));
      c.blockedUntil = now + delay;
    }
    this.counters.set(key, c);
    return c.failures;
  }

  private counter(key: string, now: number): Counter {
    const c = this.counters.get(key);
    if (!c || now - c.lastAt > this.settings.forgetAfterMs) return { failures: 0, lastAt: now, blockedUntil: 0 };
    return c;
  }
}

const pairKey = (account: string, address: string) => `pair:${account}\n${address}`;
const addressKey = (address: string) => `address:${address}`;
const accountKey = (account: string) => `account:${account}`;

/**
 * One throttle per running server. The Config object is created once per server (and per test
 * app), so it keys the throttle without a process-wide singleton shared by test servers.
 */
const throttles = new WeakMap<object, SignInThrottle>();

export function signInThrottleFor(config: { signInThrottle?: Partial<ThrottleSettings> }, clock: Clock): SignInThrottle {
  let t = throttles.get(config);
  if (!t) {
    t = new SignInThrottle(clock, { ...DEFAULT_THROTTLE, ...config.signInThrottle });
    throttles.set(config, t);
  }
  return t;
}
