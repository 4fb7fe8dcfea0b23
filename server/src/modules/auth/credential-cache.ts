// Resolved credentials, remembered so that a client's requests skip the session/API-token lookup
// (a statement and ~1.4 ms of ORM work each). Keyed by the token itself, held only in this
// process's memory as each request holds it: hashing it is the lookup's first step, and SHA-256
// alone cost ~0.1 ms of CPU on a request that came after a pause (bench/sign-in.ts).
//
// How a change is noticed:
// - here: signing out, revoking a token, deactivating a user and changing or resetting a password
//   forget the entries concerned once their transaction has committed; a lookup that began
//   before such a change is not remembered (`epoch`), so the next request reads the database;
// - in another server process: each of those changes records an event (SIGNED_OUT,
//   API_TOKEN_REVOKED, USER_DEACTIVATED, PASSWORD_CHANGED, PASSWORD_RESET); every process's event
//   hub reads it moments after the commit and forgets the same entries (`credentialEnded`);
// - expiry: checked against the injected clock on every use.
// An entry is trusted for FOLLOWED_TTL_MS only while this process has followed the event log
// without a break since the entry was made (`followInvalidations`); otherwise, and for a change
// written to the database behind the API's back, for UNFOLLOWED_TTL_MS of real time.
import type { Viewer } from './viewer.js';

/** How long an entry is served when no event could have told us of a change (real time). */
export const UNFOLLOWED_TTL_MS = 100;
/** How long an entry is served while the event log is followed: the bound for a change made behind the API's back. */
export const FOLLOWED_TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

export type CachedCredential = {
  viewer: Viewer;
  /** API tokens: when last-used was last written (auth.service.ts writes it once a minute). */
  lastUsedAt?: Date | null;
};

type Entry = CachedCredential & { at: number };

/** Something that delivers this process every event moments after its commit (the realtime event hub). */
export type InvalidationSource = { readonly followingSince: number | null };

const entries = new Map<string, Entry>();
const sources = new Set<InvalidationSource>();
let epoch = 0;
/** Lookups under way, by token: requests that arrive meanwhile wait for the same one. */
const inFlight = new Map<string, { epoch: number; found: Promise<CachedCredential | null> }>();

/** True when some source has delivered every event, without a break, since `at`. */
function followedSince(at: number): boolean {
  for (const source of sources) {
    const since = source.followingSince;
    if (since !== null && since <= at) return true;
  }
  return false;
}

export function recall(token: string, now: Date): CachedCredential | null {
  const e = entries.get(token);
  if (!e) return null;
  entries.delete(token);
  const age = performance.now() - e.at;
  const fresh = age <= UNFOLLOWED_TTL_MS || (age <= FOLLOWED_TTL_MS && followedSince(e.at));
  if (!fresh || (e.viewer.expiresAt && e.viewer.expiresAt.getTime() <= now.getTime())) return null;
  entries.set(token, e); // most recently used last
  return e;
}

/**
 * The database's answer for this token, read once for every request that asks while it is read:
 * a thousand sockets of one integration connecting at once cost one statement, not a thousand
 * (and not the memory of a thousand queued queries). A lookup that began before a change
 * (`forget`) is neither joined nor remembered: whoever asks after the change reads again.
 */
export function lookUpOnce(token: string, load: () => Promise<CachedCredential | null>): Promise<CachedCredential | null> {
  const current = inFlight.get(token);
  if (current && current.epoch === epoch) return current.found;
  const startedAt = epoch;
  const found = load().then((credential) => {
    if (credential) remember(token, startedAt, credential);
    return credential;
  });
  const entry = { epoch: startedAt, found };
  inFlight.set(token, entry);
  const settled = () => void (inFlight.get(token) === entry && inFlight.delete(token));
  found.then(settled, settled);
  return found;
}

function remember(token: string, startedAt: number, credential: CachedCredential): void {
  if (startedAt !== epoch) return;
  entries.delete(token);
  entries.set(token, { ...credential, at: performance.now() });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

/** Forgets every credential of this session, API token or user (all their sessions). */
export function forget(which: { sessionId?: string; apiTokenId?: string; userId?: string }): void {
  epoch++;
  for (const [token, { viewer }] of entries) {
    const hit =
      (which.sessionId && viewer.sessionId === which.sessionId) ||
      (which.apiTokenId && viewer.apiTokenId === which.apiTokenId) ||
      (which.userId && viewer.userId === which.userId);
    if (hit) entries.delete(token);
  }
}

/** The events after which a credential no longer works, and whose it is (the event's subject). */
const ENDING_EVENTS: Record<string, 'userId' | 'apiTokenId'> = {
  SIGNED_OUT: 'userId',
  USER_DEACTIVATED: 'userId',
  PASSWORD_CHANGED: 'userId',
  PASSWORD_RESET: 'userId',
  API_TOKEN_REVOKED: 'apiTokenId',
};

/** An event from the log, whichever process recorded it: forgets the credentials it ended. */
export function credentialEnded(event: { type: string; subjectId: string }): void {
  const whose = ENDING_EVENTS[event.type];
  if (whose) forget({ [whose]: event.subjectId });
}

/** Entries live longer while `source` follows the log; returns the function that stops that. */
export function followInvalidations(source: InvalidationSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}
