// How long the live connection waits before its next attempt: capped exponential backoff with
// jitter. The cap keeps "server is back" to "live again" under 2 s; the jitter spreads a thousand
// clients that lost the same server so they do not all knock at the same instant.

export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 1_000;

/** Wait before attempt `retries` (0 = first retry): uniformly in [cap/2, cap] of 250 ms · 2^retries, capped. */
export function backoffMs(retries: number, random: () => number = Math.random): number {
  const cap = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retries));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/**
 * A wait that can be cut short: `wake()` ends the pending wait at once (the browser's `online`
 * event means the next attempt has a chance now, not in a second and a half).
 */
export function wakeableWaits(delay: (retries: number) => number = backoffMs) {
  let pending: (() => void) | null = null;
  return {
    wait(retries: number): Promise<void> {
      return new Promise((resolve) => {
        const timer = setTimeout(done, delay(retries));
        function done() {
          clearTimeout(timer);
          if (pending === done) pending = null;
          resolve();
        }
        pending = done;
      });
    },
    wake(): void {
      pending?.();
    },
  };
}
