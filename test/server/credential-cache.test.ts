// Resolved credentials are remembered for a moment (server/src/modules/auth/credential-cache.ts):
// a revocation here is seen by the very next request; one made elsewhere (another process, a
// direct write) within the cache's lifetime; expiry whenever the clock says so.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { ApiToken } from '../../server/src/modules/api-token/api-token.entity.js';
import { forget, lookupStarted, recall, remember, TTL_MS } from '../../server/src/modules/auth/credential-cache.js';
import type { Viewer } from '../../server/src/modules/auth/viewer.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());
afterEach(() => {
  vi.restoreAllMocks();
});

const ORGS = `{ organizations(first: 1) { edges { node { id } } } }`;

/** Real time stands still: an entry stays until it is forgotten, so what ends it is the invalidation alone. */
const freezeCacheLifetime = () => vi.spyOn(performance, 'now').mockReturnValue(performance.now());

describe('a credential remembered for a moment', () => {
  it('refuses a revoked API token on the very next request after revokeApiToken returned', async () => {
    const { token, id } = await buildApiToken(app, { code: 'JP' });
    freezeCacheLifetime();
    for (let i = 0; i < 3; i++) expect((await app.gql(ORGS, {}, token)).errors).toBeUndefined();
    const revoked = await app.gql(`mutation($id:ID!){ revokeApiToken(id:$id){ id } }`, { id }, await app.login('jp@npo.demo'));
    expect(revoked.errors).toBeUndefined();
    expect(codeOf(await app.gql(ORGS, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('refuses the other sessions on the very next request after changePassword returned', async () => {
    const other = await app.login('th@npo.demo');
    const mine = await app.login('th@npo.demo');
    freezeCacheLifetime();
    expect((await app.gql(ORGS, {}, other)).errors).toBeUndefined();
    const CHANGE = `mutation($i: ChangePasswordInput!){ changePassword(input:$i) }`;
    expect((await app.gql(CHANGE, { i: { currentPassword: 'bcn-demo', newPassword: 'another-long-one' } }, mine)).errors).toBeUndefined();
    expect(codeOf(await app.gql(ORGS, {}, other))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ORGS, {}, mine)).errors).toBeUndefined();
  });

  it('notices a revocation written by someone else (another process) within moments', async () => {
    const { token, id } = await buildApiToken(app, { code: 'KR' });
    expect((await app.gql(ORGS, {}, token)).errors).toBeUndefined();
    await app.db.orm.em.fork().nativeUpdate(ApiToken, { id }, { revokedAt: app.clock.now() });
    const written = performance.now();
    while (codeOf(await app.gql(ORGS, {}, token)) !== 'UNAUTHENTICATED') {
      // The cache's lifetime is 100 ms; a loaded machine may stretch a request, not the lifetime.
      expect(performance.now() - written).toBeLessThan(TTL_MS + 2_000);
    }
  });
});

describe('the cache itself', () => {
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

  it('serves an entry for TTL_MS of real time, and until the credential expires by the clock', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    remember('h1', lookupStarted(), { viewer: viewer() });
    expect(recall('h1', now)?.viewer.userId).toBe('u1');
    tick(TTL_MS - 1);
    expect(recall('h1', now)).not.toBeNull();
    tick(2);
    expect(recall('h1', now)).toBeNull();
    remember('h2', lookupStarted(), { viewer: viewer() });
    expect(recall('h2', new Date('2030-01-01T00:00:00Z'))).toBeNull();
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
