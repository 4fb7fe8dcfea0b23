// Account mail through a real SMTP server started here: an invitation's link sets the invitee's
// password once and signs them in, expires after 7 days, and cannot be guessed; who may invite
// whom; a password reset answers the same for every address, mails only active accounts (at most
// once per 5 minutes), works once for an hour and ends the account's other sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { codeOf, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { A, INVALID_LINK, newAddress, tokenIn } from '../helpers/factories/account.js';
import { personOf, PUBLIC_URL, startMailTestApp } from '../helpers/factories/mail.js';
import { orgOf } from '../helpers/factories/organizations.js';
import type { SmtpReceiver } from '../helpers/smtp-receiver.js';
import { queuedJobs, TaskName } from '../../server/src/jobs/queue.js';

let app: TestApp;
let smtp: SmtpReceiver;
let stop: () => Promise<void>;
beforeAll(async () => ({ app, smtp, stop } = await startMailTestApp()));
afterAll(() => stop());

const DAY = 24 * 60 * 60_000;

/** The one mail `address` has received (waits for it). */
async function mailTo(address: string, count = 1) {
  await until(() => smtp.to(address).length >= count, 10_000, () => `${smtp.to(address).length} mails to ${address}`);
  return smtp.to(address)[count - 1];
}

/** Waits until no account mail job is left, so that a mail not received by then was never sent. */
const accountMailSettled = () => until(async () => (await queuedJobs(app.db.orm.em.fork() as EntityManager, TaskName.accountMail)) === 0, 10_000, () => 'account mail jobs still queued');

async function invite(by: string, input: Record<string, unknown>) {
  return app.gql(A.invite, { input: { name: 'New Colleague', role: 'NPO_MEMBER', ...input } }, await app.login(by));
}

async function invitationToken(address: string, count = 1): Promise<string> {
  return tokenIn((await mailTo(address, count)).mail.text, '/accept-invitation');
}

const expectInvalidLink = (r: Awaited<ReturnType<TestApp['gql']>>) => {
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0]?.message).toBe(INVALID_LINK);
};

describe('an invitation link', () => {
  it('mails a link that sets the password once and signs the invitee in', async () => {
    const email = newAddress();
    const r = await invite('jp@npo.demo', { email: email.toUpperCase(), name: 'Aiko Tanaka' });
    expect(r.data?.inviteUser).toMatchObject({ email, name: 'Aiko Tanaka', role: 'NPO_MEMBER', organization: { acronym: 'JPC' } });
    const got = await mailTo(email);
    expect(got.mail.subject).toBe('[BCN Hub] You are invited to join Japan Productivity Center');
    const token = tokenIn(got.mail.text, '/accept-invitation');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(got.mail.text).toContain(`${PUBLIC_URL}/accept-invitation?token=${token}`);
    expect(got.mail.html).toContain(`href="${PUBLIC_URL}/accept-invitation?token=${token}"`);
    expect(got.mail.headers.has('list-unsubscribe')).toBe(false); // transactional: no unsubscribing from it
    expect(got.mail.messageId).toMatch(/^<.+@.+>$/);
    // Until they accept, no password signs them in.
    expect(codeOf(await app.gql(`mutation { login(email: ${JSON.stringify(email)}, password: "") { token } }`))).toBe('UNAUTHENTICATED');

    const accepted = await app.gql(A.accept, { token, password: 'my-own-password' });
    expect(accepted.errors).toBeUndefined();
    expect((await app.gql(A.viewer, {}, accepted.data.acceptInvitation.token)).data.viewer.user.email).toBe(email);
    expect(await app.login(email, 'my-own-password')).toMatch(/^bcs_/);
    expectInvalidLink(await app.gql(A.accept, { token, password: 'another-password' }));
  });

});

describe('inviting', () => {
  it('is recorded for the organization and the Secretariat, like USER_CREATED', async () => {
    const email = newAddress();
    const id = (await invite('th@npo.demo', { email })).data.inviteUser.id;
    const seen = async (who: string) => {
      const feed = await app.gql(`{ activity(first: 20) { edges { node { type subjectId } } } }`, {}, await app.login(who));
      return feed.data.activity.edges.some((e: any) => e.node.type === 'USER_INVITED' && e.node.subjectId === id);
    };
    expect(await seen('th@npo.demo')).toBe(true);
    expect(await seen('secretariat@apo.demo')).toBe(true);
    expect(await seen('jp@npo.demo')).toBe(false);
  });

  it('expires after 7 days', async () => {
    const email = newAddress();
    await invite('jp@npo.demo', { email });
    const token = await invitationToken(email);
    app.clock.advance(7 * DAY + 1000);
    try {
      expectInvalidLink(await app.gql(A.accept, { token, password: 'my-own-password' }));
    } finally {
      app.clock.advance(-(7 * DAY + 1000));
    }
  });

  it('cannot be guessed: a made-up or garbled token fails as an expired one does', async () => {
    const email = newAddress();
    await invite('jp@npo.demo', { email });
    const real = await invitationToken(email);
    for (const token of [randomBytes(32).toString('base64url'), real.slice(0, -1), `${real}x`, '', '../../etc', 'x'.repeat(5000)]) {
      expectInvalidLink(await app.gql(A.accept, { token, password: 'my-own-password' }));
    }
    expect((await app.gql(A.accept, { token: real, password: 'my-own-password' })).errors).toBeUndefined();
  });

  it('sent again voids the earlier link; an address already in use is a CONFLICT', async () => {
    const email = newAddress();
    await invite('jp@npo.demo', { email });
    const first = await invitationToken(email);
    expect((await invite('jp@npo.demo', { email, name: 'Corrected Name' })).data.inviteUser.name).toBe('Corrected Name');
    const second = await invitationToken(email, 2);
    expect(second).not.toBe(first);
    expectInvalidLink(await app.gql(A.accept, { token: first, password: 'my-own-password' }));
    expect((await app.gql(A.accept, { token: second, password: 'my-own-password' })).errors).toBeUndefined();
    expect(codeOf(await invite('jp@npo.demo', { email }))).toBe('CONFLICT');
    expect(codeOf(await invite('jp@npo.demo', { email: (await personOf(app, 'JP')).email }))).toBe('CONFLICT');
  });

});

describe('who may invite', () => {
  it('is for an NPO admin’s own organization; the Secretariat invites anyone; members and outsiders are refused', async () => {
    const np = await orgOf(app, 'NP');
    expect(codeOf(await invite('jp@npo.demo', { email: newAddress(), organizationId: np.id }))).toBe('FORBIDDEN');
    expect(codeOf(await invite('jp-member@npo.demo', { email: newAddress() }))).toBe('FORBIDDEN');
    const anonymous = await app.gql(A.invite, { input: { email: newAddress(), name: 'X', role: 'NPO_MEMBER' } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(codeOf(await invite('jp@npo.demo', { email: newAddress(), role: 'SECRETARIAT' }))).toBe('BAD_USER_INPUT');
    const bySecretariat = await invite('secretariat@apo.demo', { email: newAddress(), organizationId: np.id, role: 'NPO_ADMIN' });
    expect(bySecretariat.data?.inviteUser).toMatchObject({ role: 'NPO_ADMIN', organization: { acronym: 'NPEDC' } });
  });
});

describe('a password reset request', () => {
  it('answers the same for every address and mails only an active account', async () => {
    const gone = await personOf(app, 'TH');
    await app.gql(`mutation($id: ID!){ deactivateUser(id:$id){ id } }`, { id: gone.id }, await app.login('th@npo.demo'));
    const pending = newAddress();
    await invite('th@npo.demo', { email: pending });
    await mailTo(pending);
    const active = await personOf(app, 'TH');
    for (const email of [newAddress('nobody'), gone.email, pending, 'not an address', active.email]) {
      const r = await app.gql(A.request, { email });
      expect([r.data, r.errors]).toEqual([{ requestPasswordReset: true }, undefined]);
    }
    const got = await mailTo(active.email);
    expect(got.mail.subject).toBe('[BCN Hub] Reset your password');
    expect(got.mail.headers.has('list-unsubscribe')).toBe(false);
    await accountMailSettled();
    expect(smtp.to(gone.email)).toHaveLength(0);
    expect(smtp.to(pending)).toHaveLength(1); // the invitation only
  });
});

describe('the reset throttle', () => {
  it('sends one mail for requests in a row, and another after 5 minutes, whose link works', async () => {
    const person = await personOf(app, 'VN');
    for (let i = 0; i < 5; i++) await app.gql(A.request, { email: person.email });
    await mailTo(person.email);
    await accountMailSettled();
    expect(smtp.to(person.email)).toHaveLength(1);
    app.clock.advance(5 * 60_000 + 1000);
    try {
      await app.gql(A.request, { email: person.email });
      const token = tokenIn((await mailTo(person.email, 2)).mail.text, '/reset-password');
      expect((await app.gql(A.reset, { token, password: 'a-brand-new-one' })).errors).toBeUndefined();
    } finally {
      app.clock.advance(-(5 * 60_000 + 1000));
    }
  });
});

describe('a password reset link', () => {
  it('works once, ends every other session (UNAUTHENTICATED) and signs in afresh', async () => {
    const person = await personOf(app, 'MY');
    const [phone, laptop] = [await app.login(person.email), await app.login(person.email)];
    await app.gql(A.request, { email: person.email });
    const token = tokenIn((await mailTo(person.email)).mail.text, '/reset-password');
    const r = await app.gql(A.reset, { token, password: 'a-brand-new-one' });
    expect(r.errors).toBeUndefined();
    expect((await app.gql(A.viewer, {}, r.data.resetPassword.token)).data.viewer.user.email).toBe(person.email);
    for (const old of [phone, laptop]) expect(codeOf(await app.gql(A.viewer, {}, old))).toBe('UNAUTHENTICATED');
    expect(await app.login(person.email, 'a-brand-new-one')).toMatch(/^bcs_/);
    expectInvalidLink(await app.gql(A.reset, { token, password: 'yet-another-one' }));
    const feed = await app.gql(`{ activity(first: 10) { edges { node { type subjectId payload } } } }`, {}, await app.login('my@npo.demo'));
    expect(feed.data.activity.edges.map((e: any) => e.node)).toContainEqual({ type: 'PASSWORD_RESET', subjectId: person.id, payload: { otherSessionsEnded: 2 } });
  });

  it('expires after an hour, and the old password keeps working', async () => {
    const person = await personOf(app, 'PH');
    await app.gql(A.request, { email: person.email });
    const token = tokenIn((await mailTo(person.email)).mail.text, '/reset-password');
    app.clock.advance(60 * 60_000 + 1000);
    try {
      expectInvalidLink(await app.gql(A.reset, { token, password: 'a-brand-new-one' }));
    } finally {
      app.clock.advance(-(60 * 60_000 + 1000));
    }
    expect(await app.login(person.email)).toMatch(/^bcs_/);
  });
});

describe('sending account mail', () => {
  const sql = <T extends object[]>(query: string, params: unknown[] = []) => (app.db.orm.em.fork() as EntityManager).getConnection().execute<T>(query, params);

  it('keeps only the SHA-256 of a mailed token', async () => {
    const person = await personOf(app, 'ID');
    await app.gql(A.request, { email: person.email });
    const token = tokenIn((await mailTo(person.email)).mail.text, '/reset-password');
    const rows = await sql<Array<{ token_hash: string | null }>>(`select * from account_token where user_id = ?`, [person.id]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.map((r) => r.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);
  });

  it('never holds up the request: with the SMTP server down the answer comes at once, and the mail once it is back', async () => {
    const person = await personOf(app, 'LK');
    await smtp.stop();
    try {
      const r = await app.gql(A.request, { email: person.email });
      expect(r.data?.requestPasswordReset).toBe(true);
      const failed = async () => (await sql<object[]>(`select 1 from graphile_worker.jobs where task_identifier = ? and attempts > 0 and last_error is not null`, [TaskName.accountMail])).length > 0;
      await until(failed, 10_000, () => 'the first attempt did not fail');
    } finally {
      await smtp.start();
    }
    const token = tokenIn((await mailTo(person.email)).mail.text, '/reset-password');
    expect((await app.gql(A.reset, { token, password: 'a-brand-new-one' })).errors).toBeUndefined();
  });
});
