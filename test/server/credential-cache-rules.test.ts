// The credential cache's own rules (server/src/modules/auth/credential-cache.ts), with real time
// under the test's control. No server runs in this file: its event hub would count as a source
// following the log, with real timestamps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOLLOWED_TTL_MS, UNFOLLOWED_TTL_MS, credentialEnded, followInvalidations, forget, lookupStarted, recall, remember } from '../../server/src/modules/auth/credential-cache.js';
import type { Viewer } from '../../server/src/modules/auth/viewer.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  kind: 'session',
  userId: 'u1',
  role: null,
  organizationId: 'o1',
  organizationKind: 'NPO' as Viewer['organizationKind'],
  scopes: [],
  sessionId: 's1',
  expiresAt: new Date('2030-01-01T00:00:00Z'),
  ...over,
});
const now = new Date('2029-01-01T00:00:00Z');
let time = 1_000_000;
const tick = (ms: number) => (time += ms);

describe('how long an entry is served', () => {
  it('serves an entry for UNFOLLOWED_TTL_MS of real time, and until the credential expires by the clock', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    remember('h1', lookupStarted(), { viewer: viewer() });
    expect(recall('h1', now)?.viewer.userId).toBe('u1');
    tick(UNFOLLOWED_TTL_MS - 1);
    expect(recall('h1', now)).not.toBeNull();
    tick(2);
    expect(recall('h1', now)).toBeNull();
    remember('h2', lookupStarted(), { viewer: viewer() });
    expect(recall('h2', new Date('2030-01-01T00:00:00Z'))).toBeNull();
  });

  it('serves an entry for FOLLOWED_TTL_MS while the event log has been followed without a break since it was made', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    const hub = { followingSince: time as number | null };
    const unfollow = followInvalidations(hub);
    try {
      tick(1);
      remember('f1', lookupStarted(), { viewer: viewer() });
      tick(FOLLOWED_TTL_MS - 1);
      expect(recall('f1', now)).not.toBeNull();
      tick(2);
      expect(recall('f1', now)).toBeNull();

      // A break (the LISTEN connection lost, a failed read): what was remembered before it is
      // served for UNFOLLOWED_TTL_MS only, even once the log is followed again.
      remember('f2', lookupStarted(), { viewer: viewer() });
      hub.followingSince = null;
      tick(UNFOLLOWED_TTL_MS + 1);
      expect(recall('f2', now)).toBeNull();
      remember('f3', lookupStarted(), { viewer: viewer() });
      tick(1);
      hub.followingSince = time;
      tick(UNFOLLOWED_TTL_MS + 1);
      expect(recall('f3', now)).toBeNull();
    } finally {
      unfollow();
    }
  });
});

describe('what makes the cache forget', () => {
  it('forgets what an ending event names: sign-out, deactivation, password change or reset by user; revocation by token', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    for (const type of ['SIGNED_OUT', 'USER_DEACTIVATED', 'PASSWORD_CHANGED', 'PASSWORD_RESET']) {
      remember('u', lookupStarted(), { viewer: viewer({ userId: 'ux' }) });
      credentialEnded({ type: 'MESSAGE_POSTED', subjectId: 'ux' });
      expect(recall('u', now), 'another event').not.toBeNull();
      credentialEnded({ type, subjectId: 'ux' });
      expect(recall('u', now), type).toBeNull();
    }
    remember('t', lookupStarted(), { viewer: viewer({ kind: 'apiToken', userId: null, sessionId: undefined, apiTokenId: 'tx' }) });
    credentialEnded({ type: 'API_TOKEN_REVOKED', subjectId: 'tx' });
    expect(recall('t', now)).toBeNull();
  });

  it('forgets by session, user or API token, and does not keep a lookup that began before a change', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    remember('a', lookupStarted(), { viewer: viewer({ sessionId: 'sa', userId: 'ua' }) });
    remember('b', lookupStarted(), { viewer: viewer({ sessionId: 'sb', userId: 'ub' }) });
    remember('c', lookupStarted(), { viewer: viewer({ kind: 'apiToken', userId: null, sessionId: undefined, apiTokenId: 'tc' }) });
    forget({ sessionId: 'sa' });
    forget({ userId: 'ub' });
    expect([recall('a', now), recall('b', now)]).toEqual([null, null]);
    expect(recall('c', now)).not.toBeNull();
    forget({ apiTokenId: 'tc' });
    expect(recall('c', now)).toBeNull();
    const started = lookupStarted();
    forget({ userId: 'someone' });
    remember('d', started, { viewer: viewer() });
    expect(recall('d', now)).toBeNull();
  });
});
