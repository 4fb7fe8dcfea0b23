import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { orgOf } from '../helpers/factories/organizations.js';
import { demoUser } from '../helpers/factories/users.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // An address taken by an existing person, for the duplicate test.
  await demoUser(app, 'jp@npo.demo');
});
afterAll(() => app.stop());

const CREATE = `mutation($input: CreateUserInput!){ createUser(input:$input){ id email role organization { acronym } } }`;
const DEACTIVATE = `mutation($id: ID!){ deactivateUser(id:$id){ id active } }`;
const VIEWER = `{ viewer { user { email } } }`;
const orgId = async (code: string) => (await orgOf(app, code)).id;
let seq = 0;
const newUser = (over: Record<string, unknown> = {}) => ({
  email: `person${++seq}@example.org`,
  name: 'A Person',
  role: 'NPO_MEMBER',
  password: 'long-enough-password',
  ...over,
});

describe('user management', () => {
  it('lets the Secretariat create a user in any organization, who can then sign in', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const input = newUser({ organizationId: await orgId('TH'), email: 'Somchai@FTPI.example' });
    const r = await app.gql(CREATE, { input }, sec);
    expect(r.errors).toBeUndefined();
    expect(r.data.createUser).toMatchObject({ email: 'somchai@ftpi.example', role: 'NPO_MEMBER', organization: { acronym: 'FTPI' } });
    const token = await app.login('SOMCHAI@ftpi.example', 'long-enough-password');
    expect((await app.gql(VIEWER, {}, token)).data.viewer.user.email).toBe('somchai@ftpi.example');
  });

  it('lets an NPO admin create users of their own organization only', async () => {
    const admin = await app.login('my@npo.demo');
    const own = await app.gql(CREATE, { input: newUser() }, admin);
    expect(own.data.createUser.organization.acronym).toBe('MPC');
    const other = await app.gql(CREATE, { input: newUser({ organizationId: await orgId('JP') }) }, admin);
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it('refuses user management to an NPO member (a Secretariat/admin-only mutation)', async () => {
    const member = await app.login('my-member@npo.demo');
    const before = await app.db.orm.em.fork().getConnection().execute('select count(*)::int as n from app_user');
    expect(codeOf(await app.gql(CREATE, { input: newUser() }, member))).toBe('FORBIDDEN');
    const after = await app.db.orm.em.fork().getConnection().execute('select count(*)::int as n from app_user');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses the SECRETARIAT role to an NPO admin', async () => {
    const admin = await app.login('my@npo.demo');
    const r = await app.gql(CREATE, { input: newUser({ role: 'SECRETARIAT' }) }, admin);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.field).toBe('role');
  });

  it('names the field of invalid input', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const r = await app.gql(CREATE, { input: newUser({ email: 'not-an-email', organizationId: await orgId('TH') }) }, sec);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.field).toBe('email');
  });

  it('gives CONFLICT for an email that is taken, whatever its case', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const r = await app.gql(CREATE, { input: newUser({ email: 'JP@npo.demo', organizationId: await orgId('JP') }) }, sec);
    expect(codeOf(r)).toBe('CONFLICT');
  });
});

describe('user management', () => {
  it("stops a deactivated user's tokens at once and refuses their sign-in", async () => {
    const sec = await app.login('secretariat@apo.demo');
    const created = await app.gql(CREATE, { input: newUser({ organizationId: await orgId('VN') }) }, sec);
    const { id, email } = created.data.createUser;
    const token = await app.login(email, 'long-enough-password');
    const r = await app.gql(DEACTIVATE, { id }, await app.login('vn@npo.demo'));
    expect(r.data.deactivateUser).toEqual({ id, active: false });
    expect(codeOf(await app.gql(VIEWER, {}, token))).toBe('UNAUTHENTICATED');
    const again = await app.gql(`mutation($e:String!){ login(email:$e,password:"long-enough-password"){ token } }`, { e: email });
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
  });

  it("hides another organization's users from an NPO admin", async () => {
    const sec = await app.login('secretariat@apo.demo');
    const created = await app.gql(CREATE, { input: newUser({ organizationId: await orgId('KR') }) }, sec);
    const r = await app.gql(DEACTIVATE, { id: created.data.createUser.id }, await app.login('jp@npo.demo'));
    expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('lets a user change their own password after proving the current one', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const created = await app.gql(CREATE, { input: newUser({ organizationId: await orgId('LK') }) }, sec);
    const email = created.data.createUser.email;
    const token = await app.login(email, 'long-enough-password');
    const CHANGE = `mutation($i: ChangePasswordInput!){ changePassword(input:$i) }`;
    const wrong = await app.gql(CHANGE, { i: { currentPassword: 'nope', newPassword: 'another-long-one' } }, token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await app.gql(CHANGE, { i: { currentPassword: 'long-enough-password', newPassword: 'another-long-one' } }, token);
    expect(ok.data.changePassword).toBe(true);
    await expect(app.login(email, 'long-enough-password')).rejects.toThrow();
    expect(await app.login(email, 'another-long-one')).toMatch(/^bcs_/);
  });

  it('writes an activity event in the same transaction as the new user', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const created = await app.gql(CREATE, { input: newUser({ organizationId: await orgId('PH') }) }, sec);
    const rows = await app.db.orm.em
      .fork()
      .getConnection()
      .execute(`select type, audience_org_ids from activity_event where subject_id = ?`, [created.data.createUser.id]);
    expect(rows).toEqual([{ type: 'USER_CREATED', audience_org_ids: [await orgId('PH')] }]);
  });
});
