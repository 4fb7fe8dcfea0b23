// The live connection's retry waits: capped (back within 2 s of the server's return), jittered
// (a thousand clients do not knock at once), and cut short by the browser's `online` event.
import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffMs, wakeableWaits } from '../../client/src/apollo/backoff';

describe('reconnect backoff', () => {
  it('grows from 125–250 ms and never exceeds the cap', () => {
    expect(backoffMs(0, () => 0)).toBe(125);
    expect(backoffMs(0, () => 1)).toBe(250);
    expect(backoffMs(1, () => 1)).toBe(500);
    for (let n = 0; n < 50; n++) expect(backoffMs(n, Math.random)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(backoffMs(20, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('spreads clients over half the cap', () => {
    const waits = Array.from({ length: 1000 }, () => backoffMs(10));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(BACKOFF_CAP_MS / 2);
    expect(new Set(waits).size).toBeGreaterThan(100);
  });

  it('a wake ends the pending wait at once', async () => {
    const waits = wakeableWaits(() => 60_000);
    const started = Date.now();
    const done = waits.wait(3);
    waits.wake();
    await done;
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
