// Resolved credentials, remembered for a moment so that a busy client's requests skip the
// session/API-token lookup (a statement and ~1.4 ms of ORM work each). Keyed by the token's hash.
//
// How a change is noticed:
// - here: signing out, revoking a token, deactivating a user and changing a password forget the
//   entries concerned once their transaction has committed; a lookup that began before such a
//   change is not remembered (`epoch`), so the next request after the mutation reads the database;
// - in another server process, or by a direct write to the database: within TTL_MS (real time);
// - expiry: checked against the injected clock on every use.
import type { Viewer } from './viewer.js';

export const TTL_MS = 100;
const MAX_ENTRIES = 1_000;

export type CachedCredential = {
  viewer: Viewer;
  /** API tokens: when last-used was last written (auth.service.ts writes it once a minute). */
  lastUsedAt?: Date | null;
};

type Entry = CachedCredential & { until: number };

const entries = new Map<string, Entry>();
let epoch = 0;

/** Taken before a lookup, handed back to `remember`. */
export const lookupStarted = (): number => epoch;

export function recall(hash: string, now: Date): CachedCredential | null {
  const e = entries.get(hash);
  if (!e) return null;
  entries.delete(hash);
  if (performance.now() > e.until || (e.viewer.expiresAt && e.viewer.expiresAt.getTime() <= now.getTime())) return null;
  entries.set(hash, e); // most recently used last
  return e;
}

export function remember(hash: string, startedAt: number, credential: CachedCredential): void {
  if (startedAt !== epoch) return;
  entries.delete(hash);
  entries.set(hash, { ...credential, until: performance.now() + TTL_MS });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

/** Forgets every credential of this session, API token or user (all their sessions). */
export function forget(which: { sessionId?: string; apiTokenId?: string; userId?: string }): void {
  epoch++;
  for (const [hash, { viewer }] of entries) {
    const hit =
      (which.sessionId && viewer.sessionId === which.sessionId) ||
      (which.apiTokenId && viewer.apiTokenId === which.apiTokenId) ||
      (which.userId && viewer.userId === which.userId);
    if (hit) entries.delete(hash);
  }
}
