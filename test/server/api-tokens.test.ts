// API tokens: created by administrators, shown once, scoped, revocable at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { orgOf } from '../helpers/factories/organizations.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const CREATE = `mutation($input: CreateApiTokenInput!){ createApiToken(input:$input){ token apiToken { id name scopes expiresAt lastUsedAt revokedAt organization { acronym } createdBy { email } } } }`;
const REVOKE = `mutation($id: ID!){ revokeApiToken(id:$id){ id revokedAt } }`;
const LIST = `query($org: ID, $rev: Boolean){ apiTokens(organizationId:$org, includeRevoked:$rev){ totalCount edges { node { id name organization { acronym } } } } }`;
const VIEWER = `{ viewer { user { email } organization { acronym } scopes } }`;

describe('creating API tokens', () => {
  it('gives an NPO admin a read token for their organization, shown once, that acts for it', async () => {
    const admin = await app.login('th@npo.demo');
    const r = await app.gql(CREATE, { input: { name: 'BI export' } }, admin);
    expect(r.errors).toBeUndefined();
    const { token, apiToken } = r.data.createApiToken;
    expect(token).toMatch(/^bct_/);
    expect(apiToken).toMatchObject({ name: 'BI export', scopes: ['READ'], organization: { acronym: 'FTPI' }, createdBy: { email: 'th@npo.demo' }, revokedAt: null });
    const stored = await app.db.orm.em.fork().getConnection().execute(`select token_hash from api_token where id = ?`, [apiToken.id]);
    expect(stored[0].token_hash).not.toContain(token.slice(4));
    expect((await app.gql(VIEWER, {}, token)).data.viewer).toEqual({ user: null, organization: { acronym: 'FTPI' }, scopes: ['READ'] });
  });

  it('lets the Secretariat create a token for any organization; WRITE implies READ', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const np = await orgOf(app, 'NP');
    const r = await app.gql(CREATE, { input: { name: 'NPEDC sync', scopes: ['WRITE'], organizationId: np.id } }, sec);
    expect(r.data.createApiToken.apiToken).toMatchObject({ scopes: ['READ', 'WRITE'], organization: { acronym: 'NPEDC' } });
  });

  it("refuses an NPO admin a token for another organization, and any token to a member", async () => {
    const admin = await app.login('th@npo.demo');
    const jp = await orgOf(app, 'JP');
    expect(codeOf(await app.gql(CREATE, { input: { name: 'x', organizationId: jp.id } }, admin))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { input: { name: 'x' } }, await app.login('th-member@npo.demo')))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { input: { name: 'x' } }))).toBe('UNAUTHENTICATED');
  });

  it('does not let an API token, even a write token, create tokens', async () => {
    const { token } = await buildApiToken(app, { code: 'TH', scopes: ['WRITE', 'READ'] as never });
    expect(codeOf(await app.gql(CREATE, { input: { name: 'child' } }, token))).toBe('FORBIDDEN');
  });

  it('names the field of invalid input: empty or long name, past expiry, no scopes', async () => {
    const admin = await app.login('th@npo.demo');
    const field = async (input: Record<string, unknown>) => (await app.gql(CREATE, { input }, admin)).errors?.[0].extensions?.field;
    expect(await field({ name: '' })).toBe('name');
    expect(await field({ name: 'x'.repeat(101) })).toBe('name');
    expect(await field({ name: 'x', scopes: [] })).toBe('scopes');
    expect(await field({ name: 'x', expiresAt: new Date(app.clock.now().getTime() - 1000).toISOString() })).toBe('expiresAt');
  });

  it('records an API_TOKEN_CREATED event for the organization', async () => {
    const admin = await app.login('my@npo.demo');
    const r = await app.gql(CREATE, { input: { name: 'events' } }, admin);
    const id = r.data.createApiToken.apiToken.id;
    const [ev] = await app.db.orm.em.fork().getConnection().execute(`select type, audience_org_ids, payload from activity_event where subject_id = ?`, [id]);
    const my = await orgOf(app, 'MY');
    expect(ev).toMatchObject({ type: 'API_TOKEN_CREATED', audience_org_ids: [my.id], payload: { name: 'events', scopes: ['READ'] } });
  });
});

describe('using API tokens', () => {
  it('stops an expired token', async () => {
    const { token } = await buildApiToken(app, { expiresAt: new Date(app.clock.now().getTime() + 60_000) });
    expect((await app.gql(VIEWER, {}, token)).data.viewer.organization.acronym).toBe('JPC');
    app.clock.advance(61_000);
    expect(codeOf(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('records when a token was last used', async () => {
    const { token, id } = await buildApiToken(app, { code: 'VN' });
    const admin = await app.login('vn@npo.demo');
    const lastUsed = async () => (await app.gql(`{ apiTokens { edges { node { id lastUsedAt } } } }`, {}, admin)).data.apiTokens.edges.find((e: any) => e.node.id === id).node.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await app.gql(VIEWER, {}, token);
    expect(await lastUsed()).toBe(app.clock.now().toISOString());
  });

  it('refuses every mutation to a read token, and allows them to a write token', async () => {
    const read = await buildApiToken(app, { code: 'TH' });
    const write = await buildApiToken(app, { code: 'TH', scopes: ['READ', 'WRITE'] as never });
    const LOGOUT = `mutation { logout }`;
    expect(codeOf(await app.gql(LOGOUT, {}, read.token))).toBe('FORBIDDEN');
    expect((await app.gql(LOGOUT, {}, write.token)).data.logout).toBe(true);
  });
});

describe('listing and revoking API tokens', () => {
  it("lists only the admin's organization; the Secretariat lists all or one organization", async () => {
    await buildApiToken(app, { code: 'PK', name: 'pk tool' });
    await buildApiToken(app, { code: 'LK', name: 'lk tool' });
    const pk = await app.gql(LIST, {}, await app.login('pk@npo.demo'));
    expect(new Set(pk.data.apiTokens.edges.map((e: any) => e.node.organization.acronym))).toEqual(new Set(['NPO']));
    expect(pk.data.apiTokens.edges.some((e: any) => e.node.name === 'lk tool')).toBe(false);
    const sec = await app.login('secretariat@apo.demo');
    const all = await app.gql(LIST, {}, sec);
    expect(all.data.apiTokens.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['pk tool', 'lk tool']));
    const lk = await app.gql(LIST, { org: (await orgOf(app, 'LK')).id }, sec);
    expect(lk.data.apiTokens.edges.map((e: any) => e.node.name)).toEqual(['lk tool']);
    expect(codeOf(await app.gql(LIST, { org: (await orgOf(app, 'LK')).id }, await app.login('pk@npo.demo')))).toBe('FORBIDDEN');
  });

  it('revokes a token at once and records API_TOKEN_REVOKED', async () => {
    const { token, id } = await buildApiToken(app, { code: 'ID' });
    expect((await app.gql(VIEWER, {}, token)).data.viewer.organization).toBeTruthy();
    const r = await app.gql(REVOKE, { id }, await app.login('id@npo.demo'));
    expect(r.data.revokeApiToken.revokedAt).toBe(app.clock.now().toISOString());
    expect(codeOf(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
    const events = await app.db.orm.em.fork().getConnection().execute(`select type from activity_event where subject_id = ? order by id`, [id]);
    expect(events.map((e) => e.type)).toEqual(['API_TOKEN_REVOKED']);
    expect(codeOf(await app.gql(REVOKE, { id }, await app.login('id@npo.demo')))).toBe('BAD_USER_INPUT');
    const listed = await app.gql(LIST, { rev: true }, await app.login('id@npo.demo'));
    expect(listed.data.apiTokens.edges.map((e: any) => e.node.id)).toContain(id);
    expect((await app.gql(LIST, {}, await app.login('id@npo.demo'))).data.apiTokens.edges.map((e: any) => e.node.id)).not.toContain(id);
  });

  it("reports another organization's token as not found", async () => {
    const { token, id } = await buildApiToken(app, { code: 'IN' });
    expect(codeOf(await app.gql(REVOKE, { id }, await app.login('pk@npo.demo')))).toBe('NOT_FOUND');
    expect((await app.gql(VIEWER, {}, token)).data.viewer.organization).toBeTruthy();
  });
});
