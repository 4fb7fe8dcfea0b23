// The credential cache's own rules (server/src/modules/auth/credential-cache.ts), with real time
// under the test's control. No server runs in this file: its event hub would count as a source
// following the log, with real timestamps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOLLOWED_TTL_MS, UNFOLLOWED_TTL_MS, credentialEnded, followInvalidations, forget, lookUpOnce, recall } from '../../server/src/modules/auth/credential-cache.js';
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
/** A lookup that finds `v` in the database. */
const learn = (token: string, v: Viewer) => lookUpOnce(token, async () => ({ viewer: v }));
let time = 1_000_000;
const tick = (ms: number) => (time += ms);

describe('how long an entry is served', () => {
  it('serves an entry for UNFOLLOWED_TTL_MS of real time, and until the credential expires by the clock', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    await learn('h1', viewer());
    expect(recall('h1', now)?.viewer.userId).toBe('u1');
    tick(UNFOLLOWED_TTL_MS - 1);
    expect(recall('h1', now)).not.toBeNull();
    tick(2);
    expect(recall('h1', now)).toBeNull();
    await learn('h2', viewer());
    expect(recall('h2', new Date('2030-01-01T00:00:00Z'))).toBeNull();
  });

  it('serves an entry for FOLLOWED_TTL_MS while the event log has been followed without a break since it was made', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    const hub = { followingSince: time as number | null };
    const unfollow = followInvalidations(hub);
    try {
      tick(1);
      await learn('f1', viewer());
      tick(FOLLOWED_TTL_MS - 1);
      expect(recall('f1', now)).not.toBeNull();
      tick(2);
      expect(recall('f1', now)).toBeNull();

      // A break (the LISTEN connection lost, a failed read): what was remembered before it is
      // served for UNFOLLOWED_TTL_MS only, even once the log is followed again.
      await learn('f2', viewer());
      hub.followingSince = null;
      tick(UNFOLLOWED_TTL_MS + 1);
      expect(recall('f2', now)).toBeNull();
      await learn('f3', viewer());
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
  it('forgets what an ending event names: sign-out, deactivation, password change or reset by user; revocation by token', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    for (const type of ['SIGNED_OUT', 'USER_DEACTIVATED', 'PASSWORD_CHANGED', 'PASSWORD_RESET']) {
      await learn('u', viewer({ userId: 'ux' }));
      credentialEnded({ type: 'MESSAGE_POSTED', subjectId: 'ux' });
      expect(recall('u', now), 'another event').not.toBeNull();
      credentialEnded({ type, subjectId: 'ux' });
      expect(recall('u', now), type).toBeNull();
    }
    await learn('t', viewer({ kind: 'apiToken', userId: null, sessionId: undefined, apiTokenId: 'tx' }));
    credentialEnded({ type: 'API_TOKEN_REVOKED', subjectId: 'tx' });
    expect(recall('t', now)).toBeNull();
  });

  it('forgets by session, user or API token, and does not keep a lookup that began before a change', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    await learn('a', viewer({ sessionId: 'sa', userId: 'ua' }));
    await learn('b', viewer({ sessionId: 'sb', userId: 'ub' }));
    await learn('c', viewer({ kind: 'apiToken', userId: null, sessionId: undefined, apiTokenId: 'tc' }));
    forget({ sessionId: 'sa' });
    forget({ userId: 'ub' });
    expect([recall('a', now), recall('b', now)]).toEqual([null, null]);
    expect(recall('c', now)).not.toBeNull();
    forget({ apiTokenId: 'tc' });
    expect(recall('c', now)).toBeNull();
    let finish!: () => void;
    const slow = lookUpOnce('d', () => new Promise((resolve) => (finish = () => resolve({ viewer: viewer() }))));
    forget({ userId: 'someone' });
    finish();
    await slow;
    expect(recall('d', now)).toBeNull();
  });
});

describe('lookups under way', () => {
  it('reads the database once for the requests that ask while it is read, and again for one that asks after a change', async () => {
    let reads = 0;
    const pending: Array<() => void> = [];
    const load = () => {
      reads++;
      return new Promise<{ viewer: Viewer }>((resolve) => pending.push(() => resolve({ viewer: viewer() })));
    };
    const first = [lookUpOnce('e', load), lookUpOnce('e', load), lookUpOnce('e', load)];
    expect(reads).toBe(1);
    forget({ userId: 'someone' });
    const afterChange = lookUpOnce('e', load);
    expect(reads).toBe(2);
    pending.forEach((resolve) => resolve());
    const answers = await Promise.all([...first, afterChange]);
    expect(answers.map((a) => a?.viewer.userId)).toEqual(['u1', 'u1', 'u1', 'u1']);
    const again = lookUpOnce('e', load);
    expect(reads, 'settled lookups are not joined').toBe(3);
    pending.at(-1)!();
    await again;
  });

  it('gives every waiter the failure of a read that fails, and reads again on the next ask', async () => {
    let reads = 0;
    const failing = () => {
      reads++;
      return Promise.reject(new Error('connection refused'));
    };
    const results = await Promise.allSettled([lookUpOnce('f', failing), lookUpOnce('f', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(lookUpOnce('f', failing)).rejects.toThrow('connection refused');
    expect(reads).toBe(2);
  });
});
