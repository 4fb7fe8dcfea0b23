// Resolved credentials are remembered (server/src/modules/auth/credential-cache.ts): a revocation
// here is seen by the very next request; one made in another server process as soon as its event
// arrives; one written behind the API's back within the cache's lifetime; expiry whenever the
// clock says so.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { ApiToken } from '../../server/src/modules/api-token/api-token.entity.js';
import { FOLLOWED_TTL_MS } from '../../server/src/modules/auth/credential-cache.js';
import { startServerProcess, type ServerProcess } from '../helpers/processes.js';
import { until } from '../helpers/live-client.js';

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

  it('notices a revocation written to the database behind the API (no event) once the entry is FOLLOWED_TTL_MS old', async () => {
    const { token, id } = await buildApiToken(app, { code: 'KR' });
    let time = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => time);
    expect((await app.gql(ORGS, {}, token)).errors).toBeUndefined();
    await app.db.orm.em.fork().nativeUpdate(ApiToken, { id }, { revokedAt: app.clock.now() });
    time += FOLLOWED_TTL_MS + 1;
    expect(codeOf(await app.gql(ORGS, {}, token))).toBe('UNAUTHENTICATED');
  });
});

describe('a credential ended in another server process', () => {
  let other: ServerProcess;
  beforeAll(async () => {
    other = await startServerProcess(app.db.url);
  }, 60_000);
  afterAll(() => other?.stop());

  // Real time stands still in this process, so its cache never lets an entry go by age: only
  // the other process's event, read by this process's hub, can end it.
  it('is refused here once its event arrives: an API token revoked there, a session signed out there', async () => {
    const { token, id } = await buildApiToken(app, { code: 'KR' });
    const session = await app.login('jp@npo.demo');
    await app.login('secretariat@apo.demo'); // the demo sign-in exists from here on, for the other process
    freezeCacheLifetime();
    expect((await app.gql(ORGS, {}, token)).errors).toBeUndefined();
    expect((await app.gql(ORGS, {}, session)).errors).toBeUndefined();

    const sec = await other.login('secretariat@apo.demo');
    expect((await other.gql(`mutation($id:ID!){ revokeApiToken(id:$id){ id } }`, { id }, sec)).errors).toBeUndefined();
    expect((await other.gql(`mutation { logout }`, {}, session)).errors).toBeUndefined();

    await until(async () => codeOf(await app.gql(ORGS, {}, token)) === 'UNAUTHENTICATED', 15_000, () => 'the revoked token is still accepted here');
    await until(async () => codeOf(await app.gql(ORGS, {}, session)) === 'UNAUTHENTICATED', 15_000, () => 'the signed-out session is still accepted here');
  });
});
