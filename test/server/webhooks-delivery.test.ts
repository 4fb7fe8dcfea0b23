// Webhook deliveries to a real HTTP receiver on 127.0.0.1: signed per Standard Webhooks (the
// `standardwebhooks` verifier accepts them), retried with backoff until the receiver recovers,
// delivered once per event, FAILED after the retry window and then redeliverable.
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { buildNotification, roundsAhead } from '../helpers/factories/notifications.js';
import { buildProposal, Q } from '../helpers/factories/proposals.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { createThreadVia, postMessageVia } from '../helpers/factories/realtime.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { createWebhookVia, W, webhookTestConfig } from '../helpers/factories/webhooks.js';
import { receiverPool, type Receiver } from '../helpers/webhook-receiver.js';

let app: TestApp;
const pool = receiverPool();
beforeAll(async () => {
  app = await startTestApp(webhookTestConfig({ timeoutMs: 1_000 }));
});
afterAll(async () => {
  await app.stop();
  await pool.closeAll();
});

const receiver = (respond?: Receiver['respond']) => pool.start(respond);

/** Submits a new draft of NP through the API (PROPOSAL_SUBMITTED, seen by NP and the Secretariat); returns its id. */
async function submitProposal(): Promise<string> {
  const notification = await buildNotification(app, { rounds: roundsAhead(app.clock, 30) });
  const p = await buildProposal(app, { notification, sending: 'NP' });
  const r = await app.gql(Q.submit, { id: p.id, v: p.version }, await app.login('np@npo.demo'));
  expect(r.errors).toBeUndefined();
  return p.id;
}

const HOUR = 3_600_000;
const deliveriesOf = async (token: string, webhookId: string) => {
  const r = await app.gql(W.deliveries, {}, token);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  const hook = r.data.webhooks.edges.find((e: any) => e.node.id === webhookId).node;
  return hook.deliveries.edges.map((e: any) => e.node);
};

describe('a delivery', () => {
  it('is signed so that the standardwebhooks verifier accepts it, with body { type, timestamp, data }', async () => {
    const rx = await receiver();
    const admin = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, admin, rx.url, ['PROPOSAL_SUBMITTED']);
    expect(hook.secret).toMatch(/^whsec_/);
    const proposalId = await submitProposal();
    await until(() => rx.received.length > 0, 10_000, () => 'no delivery arrived');
    const [got] = rx.received;
    const verified = new Verifier(hook.secret).verify(got.body, got.headers) as any;
    expect(verified.type).toBe('PROPOSAL_SUBMITTED');
    expect(Object.keys(verified).sort()).toEqual(['data', 'timestamp', 'type']);
    expect(verified.data).toMatchObject({ type: 'PROPOSAL_SUBMITTED', subjectType: 'Proposal', subjectId: proposalId, payload: { status: 'SUBMITTED' } });
    expect(verified.data.cursor).toBe(verified.data.id);
    expect(got.headers['webhook-id']).toBe(verified.data.id);
    expect(new Date(verified.timestamp).toISOString()).toBe(verified.timestamp);
    expect(() => new Verifier(`whsec_${Buffer.from('another secret').toString('base64')}`).verify(got.body, got.headers)).toThrow();
    await until(async () => (await deliveriesOf(admin, hook.id))[0]?.status === 'SUCCEEDED', 5_000, () => 'delivery not recorded as SUCCEEDED');
    const [d] = await deliveriesOf(admin, hook.id);
    expect(d).toMatchObject({ eventId: verified.data.id, eventType: 'PROPOSAL_SUBMITTED', attemptCount: 1, nextAttemptAt: null });
    expect(d.attempts).toEqual([expect.objectContaining({ httpStatus: 200, error: null })]);
    // Deliveries are no edit of the webhook: the version its owner read still updates it.
    const updated = await app.gql(W.update, { input: { id: hook.id, version: 1, description: 'edited after a delivery' } }, admin);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateWebhook).toMatchObject({ description: 'edited after a delivery', version: 2 });
  });

  it('reaches a receiver that answers 500 to its first three attempts later, exactly once', async () => {
    const rx = await receiver(({ index }) => (index < 3 ? 500 : 204));
    const admin = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, admin, rx.url, ['PROPOSAL_SUBMITTED']);
    await submitProposal();
    await until(() => rx.delivered().length === 1, 15_000, () => `received ${rx.received.length}`);
    await until(async () => (await deliveriesOf(admin, hook.id))[0]?.status === 'SUCCEEDED', 5_000, () => 'not SUCCEEDED');
    const [d] = await deliveriesOf(admin, hook.id);
    expect(d.attemptCount).toBe(4);
    expect(d.attempts.map((a: any) => a.httpStatus)).toEqual([500, 500, 500, 204]);
    expect(d.attempts[0].error).toBe('HTTP 500');
    expect(new Set(rx.received.map((x) => x.headers['webhook-id'])).size).toBe(1);
    // Nothing more arrives: a settled delivery has no job left.
    await submitProposal(); // a later event, delivered at once, proves the queue moved on
    await until(() => rx.delivered().length === 2, 10_000, () => `received ${rx.received.length}`);
    expect(rx.received.filter((x) => x.headers['webhook-id'] === d.eventId)).toHaveLength(4);
  });

});

describe('a burst of writes', () => {
  it('reaches the receiver once for every event of a burst of writes (wake-ups are coalesced, none is lost)', async () => {
    const rx = await receiver();
    const admin = await app.login('np@npo.demo');
    await createWebhookVia(app, admin, rx.url, ['MESSAGE_POSTED']);
    const { pairing } = await buildPairing(app, { status: PairingStatus.PLANNING as never, sending: 'NP', host: 'JP' });
    const threadId = await createThreadVia(app.gql, admin, pairing.id, 'Burst');
    const posted = await Promise.all(Array.from({ length: 12 }, (_, i) => postMessageVia(app.gql, admin, threadId, `burst ${i}`)));
    // Well within the minute of the periodic dispatch: the wake-ups alone deliver all of them.
    await until(() => rx.received.length >= posted.length, 10_000, () => `${rx.received.length} of ${posted.length} delivered`);
    const subjects = rx.received.map((r) => JSON.parse(r.body).data.subjectId).sort();
    expect(subjects).toEqual([...posted].sort());
  });
});

describe('when the endpoint keeps failing', () => {
  it('marks the delivery FAILED once the 24 h retry window is over; redelivery sends it again with the same webhook-id', async () => {
    const rx = await receiver(() => 500);
    let admin = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, admin, rx.url, ['PROPOSAL_SUBMITTED']);
    await submitProposal();
    await until(async () => (await deliveriesOf(admin, hook.id))[0]?.attemptCount >= 2, 10_000, () => `received ${rx.received.length}`);
    app.clock.advance(25 * HOUR);
    admin = await app.login('np@npo.demo'); // sessions last 12 h
    await until(async () => (await deliveriesOf(admin, hook.id))[0]?.status === 'FAILED', 10_000, () => 'never FAILED');
    const [failed] = await deliveriesOf(admin, hook.id);
    expect(failed.nextAttemptAt).toBeNull();
    expect(failed.attempts.every((a: any) => a.httpStatus === 500)).toBe(true);
    const settled = rx.received.length;

    rx.respond = () => 200;
    const r = await app.gql(W.redeliver, { id: failed.id }, admin);
    expect(r.data.redeliverWebhookDelivery.status).toBe('PENDING');
    await until(() => rx.delivered().length === 1, 10_000, () => 'redelivery never arrived');
    expect(rx.received).toHaveLength(settled + 1);
    expect(rx.delivered()[0].headers['webhook-id']).toBe(failed.eventId);
    await until(async () => (await deliveriesOf(admin, hook.id))[0]?.status === 'SUCCEEDED', 5_000, () => 'not SUCCEEDED');
    expect(codeOf(await app.gql(W.redeliver, { id: failed.id }, await app.login('th@npo.demo')))).toBe('NOT_FOUND');
  });

  it('disables a webhook failing continuously for 3 days and alerts its organization\'s admins', async () => {
    const rx = await receiver(() => 503);
    let admin = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, admin, rx.url, ['PROPOSAL_SUBMITTED']);
    await submitProposal();
    // The first failure is recorded before time moves on: the endpoint is failing since then.
    await until(async () => (await deliveriesOf(admin, hook.id))[0]?.attemptCount >= 1, 10_000, () => 'no attempt recorded');
    app.clock.advance(73 * HOUR);
    admin = await app.login('np@npo.demo');
    await until(async () => !(await app.gql(W.list, {}, admin)).data.webhooks.edges.find((e: any) => e.node.id === hook.id).node.active, 10_000, () => 'still active');

    const node = (await app.gql(W.list, {}, admin)).data.webhooks.edges.find((e: any) => e.node.id === hook.id).node;
    expect(node.disabledReason).toMatch(/failed since/);
    const inbox = await app.gql(`{ inbox(first: 10) { edges { node { kind summary eventType } } } }`, {}, admin);
    expect(inbox.data.inbox.edges.map((e: any) => e.node)).toContainEqual(expect.objectContaining({ kind: 'WEBHOOK_DISABLED', eventType: 'WEBHOOK_DISABLED' }));
    // Switched on again by its owner, it is active with no reason left.
    const on = await app.gql(W.update, { input: { id: hook.id, version: node.version, active: true } }, admin);
    expect(on.data.updateWebhook).toMatchObject({ active: true, disabledReason: null });
  });
});

describe('secrets and pings', () => {
  it('testWebhook sends a WEBHOOK_TEST ping with a fresh id; after rotateWebhookSecret only the new secret verifies', async () => {
    const rx = await receiver();
    const admin = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, admin, rx.url);
    const rotated = await app.gql(W.rotate, { id: hook.id }, admin);
    const secret = rotated.data.rotateWebhookSecret.secret;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(hook.secret);
    const ping = (await app.gql(W.test, { id: hook.id }, admin)).data.testWebhook;
    expect(ping).toMatchObject({ eventType: 'WEBHOOK_TEST', status: 'PENDING' });
    await until(() => rx.received.some((x) => x.json?.type === 'WEBHOOK_TEST'), 10_000, () => 'no ping');
    const got = rx.received.find((x) => x.json?.type === 'WEBHOOK_TEST')!;
    expect(got.headers['webhook-id']).toBe(ping.eventId);
    expect((new Verifier(secret).verify(got.body, got.headers) as any).data).toMatchObject({ webhookId: hook.id });
    expect(() => new Verifier(hook.secret).verify(got.body, got.headers)).toThrow();
    const again = (await app.gql(W.test, { id: hook.id }, admin)).data.testWebhook;
    expect(again.eventId).not.toBe(ping.eventId);
  });
});

describe('outbound limits', () => {
  const pingOutcome = async (rx: Receiver) => {
    const admin = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, admin, rx.url);
    const ping = (await app.gql(W.test, { id: hook.id }, admin)).data.testWebhook;
    let settled: any;
    await until(async () => {
      settled = (await deliveriesOf(admin, hook.id)).find((d: any) => d.id === ping.id && d.status !== 'PENDING');
      return !!settled;
    }, 10_000, () => 'ping not settled');
    return settled;
  };

  it('follows no redirect: a 3xx is a failed attempt and its Location is never called', async () => {
    const elsewhere = await receiver();
    const rx = await receiver(() => ({ status: 302, headers: { location: elsewhere.url } }));
    const d = await pingOutcome(rx);
    expect(d).toMatchObject({ status: 'FAILED', attempts: [expect.objectContaining({ httpStatus: 302, error: 'HTTP 302' })] });
    expect(elsewhere.received).toEqual([]);
  });

  it('gives up on an endpoint that does not answer within the timeout', async () => {
    const rx = await receiver(() => 'hang');
    const d = await pingOutcome(rx);
    expect(d.status).toBe('FAILED');
    expect(d.attempts[0]).toMatchObject({ httpStatus: null, error: expect.stringMatching(/No answer within 1 s/) });
    expect(d.attempts[0].durationMs).toBeGreaterThanOrEqual(900);
  });

  it('takes a 5 MB answer as a plain success (reading stops at 64 KB)', async () => {
    const rx = await receiver(() => ({ status: 200, body: 'x'.repeat(5 * 1024 * 1024) }));
    const d = await pingOutcome(rx);
    expect(d).toMatchObject({ status: 'SUCCEEDED', attempts: [expect.objectContaining({ httpStatus: 200, error: null })] });
  });
});
