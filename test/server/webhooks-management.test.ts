// Managing webhooks: who may (NPO_ADMIN for their organization, the Secretariat program-wide, API
// tokens with WRITE), what is refused (private addresses unless allowed, unknown event types,
// long descriptions, stale versions), and that other owners' webhooks are not found.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_EVENT_TYPES } from '../../server/src/events/event-types.js';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { buildApiToken } from '../helpers/factories/api-tokens.js';
import { createWebhookVia, W } from '../helpers/factories/webhooks.js';
import { startReceiver, type Receiver } from '../helpers/webhook-receiver.js';

// This app runs with the production default: private targets refused.
let app: TestApp;
let rx: Receiver;
beforeAll(async () => {
  app = await startTestApp({ jobs: { pollIntervalMs: 50, concurrency: 2 } });
  rx = await startReceiver();
});
afterAll(async () => {
  await app.stop();
  await rx.close();
});

const PUBLIC_URL = 'https://93.184.215.14/hooks'; // a public address literal: no DNS needed to check it
const create = (token: string | null, input: Record<string, unknown>) => app.gql(W.create, { input: { eventTypes: [], ...input } }, token);
const fieldOf = (r: any) => r.errors?.[0]?.extensions?.field;

describe('outbound safety at creation', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', /127\.0\.0\.1/],
    ['http://localhost:8080/hook', /private|loopback/],
    ['http://[::1]/hook', /::1/],
    ['http://10.1.2.3/hook', /private/],
    ['http://172.20.0.5/hook', /private/],
    ['http://192.168.1.1/hook', /private/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['http://100.64.0.1/hook', /reserved|private/],
    ['http://0.0.0.0/hook', /reserved|private/],
    ['http://[fd00::1]/hook', /private/],
    ['http://[fe80::1]/hook', /link-local/],
    ['http://[::ffff:127.0.0.1]/hook', /private/],
    ['ftp://example.org/hook', /http and https/],
    ['not a url', /not valid/],
  ])('refuses %s with BAD_USER_INPUT on url', async (url, message) => {
    const r = await create(await app.login('np@npo.demo'), { url });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldOf(r)).toBe('url');
    expect(r.errors![0].message).toMatch(message);
  });

  it('refuses updateWebhook to a private address too, and accepts a public one', async () => {
    const admin = await app.login('np@npo.demo');
    const r = await create(admin, { url: PUBLIC_URL, description: 'Public endpoint' });
    expect(r.errors).toBeUndefined();
    const hook = r.data.createWebhook.webhook;
    expect(hook).toMatchObject({ url: PUBLIC_URL, active: true, eventTypes: [], description: 'Public endpoint', organization: { acronym: 'NPEDC' }, version: 1 });
    const bad = await app.gql(W.update, { input: { id: hook.id, version: hook.version, url: 'http://192.168.0.10/' } }, admin);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'url']);
  });

  it('does not connect to a private address at send time either (a stored URL that now points inside)', async () => {
    const admin = await app.login('np@npo.demo');
    const hook = (await create(admin, { url: PUBLIC_URL })).data.createWebhook.webhook;
    await app.db.orm.em.fork().getConnection().execute('update webhook set url = ? where id = ?', [rx.url, hook.id]);
    const ping = (await app.gql(W.test, { id: hook.id }, admin)).data.testWebhook;
    const attemptsOf = async () => (await app.gql(W.deliveries, {}, admin)).data.webhooks.edges.flatMap((e: any) => e.node.deliveries.edges).map((e: any) => e.node).find((d: any) => d.id === ping.id);
    await until(async () => (await attemptsOf()).status === 'FAILED', 10_000, () => 'ping not settled');
    expect((await attemptsOf()).attempts[0]).toMatchObject({ httpStatus: null, error: expect.stringMatching(/127\.0\.0\.1/) });
    expect(rx.received).toEqual([]);
  });
});

describe('input', () => {
  it('names the field: unknown event types, a description over 500 characters', async () => {
    const admin = await app.login('np@npo.demo');
    expect(fieldOf(await create(admin, { url: PUBLIC_URL, eventTypes: ['PROPOSAL_SUBMITTED', 'NO_SUCH_EVENT'] }))).toBe('eventTypes');
    expect(fieldOf(await create(admin, { url: PUBLIC_URL, description: 'x'.repeat(501) }))).toBe('description');
  });

  it('lists the event types a webhook may subscribe to; every type the server records is among them', async () => {
    const types = (await app.gql('{ webhookEventTypes }')).data.webhookEventTypes;
    expect(types).toEqual([...ACTIVITY_EVENT_TYPES]);
    const recorded = new Set<string>();
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
    for (const file of walk('server/src/modules')) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'((?:NOTIFICATION|PROPOSAL|PAIRING|FOLLOW_UP|THREAD|MESSAGE|REACTION|USER|PASSWORD|SIGN_IN|API_TOKEN|WEBHOOK)_[A-Z_]+)'/g)) recorded.add(m[1]);
    }
    // Inbox kinds, mail kinds (modules/mail/mail.kinds.ts), the test ping and a search type (modules/search) are not events of the log.
    for (const notAnEvent of ['PAIRING_CHANGED', 'PROPOSAL_CHANGED', 'WEBHOOK_TEST', 'THREAD_MESSAGE', 'FOLLOW_UP_DUE', 'FOLLOW_UP_ACTIVITY']) recorded.delete(notAnEvent);
    expect([...recorded].filter((t) => !types.includes(t))).toEqual([]);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const admin = await app.login('np@npo.demo');
    const hook = (await create(admin, { url: PUBLIC_URL })).data.createWebhook.webhook;
    const first = await app.gql(W.update, { input: { id: hook.id, version: 1, description: 'first' } }, admin);
    expect(first.data.updateWebhook).toMatchObject({ description: 'first', version: 2 });
    expect(codeOf(await app.gql(W.update, { input: { id: hook.id, version: 1, description: 'second' } }, admin))).toBe('CONFLICT');
  });
});

describe('who may manage webhooks', () => {
  it('refuses NPO members and read-only tokens (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    const member = await app.login('np-member@npo.demo');
    expect(codeOf(await create(member, { url: PUBLIC_URL }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(W.list, {}, member))).toBe('FORBIDDEN');
    const { token: readOnly } = await buildApiToken(app, { code: 'NP' });
    expect(codeOf(await app.gql(W.list, {}, readOnly))).toBe('FORBIDDEN');
    expect(codeOf(await create(readOnly, { url: PUBLIC_URL }))).toBe('FORBIDDEN');
    expect(codeOf(await create(null, { url: PUBLIC_URL }))).toBe('UNAUTHENTICATED');
  });

  it("answers NOT_FOUND for another organization's webhook, and keeps each owner's list to its own", async () => {
    const np = await app.login('np@npo.demo');
    const th = await app.login('th@npo.demo');
    const sec = await app.login('secretariat@apo.demo');
    const hook = await createWebhookVia(app, np, PUBLIC_URL);
    for (const [query, vars] of [
      [W.update, { input: { id: hook.id, version: 1, description: 'mine now' } }],
      [W.remove, { id: hook.id }],
      [W.rotate, { id: hook.id }],
      [W.test, { id: hook.id }],
    ] as const) {
      expect(codeOf(await app.gql(query, vars, th))).toBe('NOT_FOUND');
      expect(codeOf(await app.gql(query, vars, sec))).toBe('NOT_FOUND');
    }
    const listed = async (token: string) => (await app.gql(W.list, {}, token)).data.webhooks.edges.map((e: any) => e.node.id);
    expect(await listed(np)).toContain(hook.id);
    expect(await listed(th)).not.toContain(hook.id);
    expect(await listed(sec)).not.toContain(hook.id);
  });

  it('gives the Secretariat program-wide webhooks (no organization), and a WRITE token its organization\'s', async () => {
    const sec = await app.login('secretariat@apo.demo');
    const programWide = (await create(sec, { url: PUBLIC_URL })).data.createWebhook.webhook;
    expect(programWide.organization).toBeNull();
    expect(codeOf(await app.gql(W.remove, { id: programWide.id }, await app.login('np@npo.demo')))).toBe('NOT_FOUND');
    const { token } = await buildApiToken(app, { code: 'NP', scopes: ['READ', 'WRITE'] as never });
    const byToken = (await create(token, { url: PUBLIC_URL })).data.createWebhook.webhook;
    expect(byToken.organization).toEqual({ acronym: 'NPEDC' });
    expect((await app.gql(W.remove, { id: byToken.id }, await app.login('np@npo.demo'))).data.deleteWebhook).toBe(byToken.id);
    expect((await app.gql(W.list, {}, token)).data.webhooks.edges.map((e: any) => e.node.id)).not.toContain(byToken.id);
  });
});
