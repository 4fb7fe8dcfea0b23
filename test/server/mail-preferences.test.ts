// Mail preferences over GraphQL: every kind with the defaults, changes that stick (and a
// change back to the default), and who is refused: anonymous callers, API tokens (an
// organization's credential has no mailbox), repeated kinds, values outside the enums.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { mailTestConfig, P, personOf } from '../helpers/factories/mail.js';
import { ApiScope } from '../../server/src/modules/api-token/api-token.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(mailTestConfig(undefined));
});
afterAll(() => app.stop());

const DEFAULTS = [
  { kind: 'MENTION', delivery: 'IMMEDIATE' },
  { kind: 'THREAD_MESSAGE', delivery: 'DAILY_DIGEST' },
  { kind: 'HOST_INVITATION', delivery: 'IMMEDIATE' },
  { kind: 'HOST_DECISION', delivery: 'IMMEDIATE' },
  { kind: 'REVIEW_DECISION', delivery: 'IMMEDIATE' },
  { kind: 'STATUS_CHANGE', delivery: 'DAILY_DIGEST' },
  { kind: 'FOLLOW_UP_DUE', delivery: 'IMMEDIATE' },
  { kind: 'ROUND_CLOSING', delivery: 'IMMEDIATE' },
  { kind: 'MEETING_SOON', delivery: 'IMMEDIATE' },
];

describe('notificationPreferences', () => {
  it('lists every kind with its default for a new person', async () => {
    const token = await app.login((await personOf(app, 'JP')).email);
    const r = await app.gql(P.get, {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.notificationPreferences).toEqual(DEFAULTS);
  });

  it('keeps what the person changed, their own only; setting a default back is allowed', async () => {
    const me = await app.login((await personOf(app, 'JP')).email);
    const colleague = await app.login((await personOf(app, 'JP')).email);
    const input = [
      { kind: 'MENTION', delivery: 'DAILY_DIGEST' },
      { kind: 'STATUS_CHANGE', delivery: 'IMMEDIATE' },
      { kind: 'MEETING_SOON', delivery: 'OFF' },
    ];
    const r = await app.gql(P.update, { input }, me);
    expect(r.errors).toBeUndefined();
    const expected = DEFAULTS.map((d) => input.find((i) => i.kind === d.kind) ?? d);
    expect(r.data.updateNotificationPreferences).toEqual(expected);
    expect((await app.gql(P.get, {}, me)).data.notificationPreferences).toEqual(expected);
    expect((await app.gql(P.get, {}, colleague)).data.notificationPreferences).toEqual(DEFAULTS);
    const back = await app.gql(P.update, { input: [{ kind: 'MENTION', delivery: 'IMMEDIATE' }] }, me);
    expect(back.data.updateNotificationPreferences).toContainEqual({ kind: 'MENTION', delivery: 'IMMEDIATE' });
    expect(back.data.updateNotificationPreferences).toContainEqual({ kind: 'MEETING_SOON', delivery: 'OFF' });
  });

  it('refuses a kind named twice and an unknown value, changing nothing', async () => {
    const me = await app.login((await personOf(app, 'JP')).email);
    const twice = await app.gql(P.update, { input: [{ kind: 'MENTION', delivery: 'OFF' }, { kind: 'MENTION', delivery: 'IMMEDIATE' }] }, me);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(P.update, { input: [{ kind: 'EVERYTHING', delivery: 'OFF' }] }, me);
    expect(unknown.errors?.length).toBeGreaterThan(0);
    expect((await app.gql(P.get, {}, me)).data.notificationPreferences).toEqual(DEFAULTS);
  });
});

describe('outsiders', () => {
  it('anonymous callers are UNAUTHENTICATED and API tokens (even with WRITE) FORBIDDEN, for the query and the mutation', async () => {
    const { token } = await buildApiToken(app, { code: 'JP', scopes: [ApiScope.READ, ApiScope.WRITE] });
    const input = [{ kind: 'MENTION', delivery: 'OFF' }];
    expect(codeOf(await app.gql(P.get, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(P.update, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(P.get, {}, token))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(P.update, { input }, token))).toBe('FORBIDDEN');
  });
});
