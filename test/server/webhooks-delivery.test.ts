// Webhook deliveries to a real HTTP receiver on 127.0.0.1: signed per Standard Webhooks (the
// `standardwebhooks` verifier accepts them), retried with backoff until the receiver recovers,
// delivered once per event, FAILED after the retry window and then redeliverable.
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/live-client.js';
import { buildNotification, roundsAhead } from '../helpers/factories/notifications.js';
import { buildProposal, Q } from '../helpers/factories/proposals.js';
import { createWebhookVia, W, webhookTestConfig } from '../helpers/factories/webhooks.js';
import { startReceiver, type Receiver } from '../helpers/webhook-receiver.js';

let app: TestApp;
const receivers: Receiver[] = [];
beforeAll(async () => {
  app = await startTestApp(webhookTestConfig());
});
afterAll(async () => {
  await app.stop();
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(respond?: Receiver['respond']): Promise<Receiver> {
  const r = await startReceiver(respond);
  receivers.push(r);
  return r;
}

/** Submits a new draft of NP through the API (PROPOSAL_SUBMITTED, seen by NP and the Secretariat); returns its id. */
async function submitProposal(): Promise<string> {
  const notification = await buildNotification(app, { rounds: roundsAhead(app.clock, 30) });
  const p = await buildProposal(app, { notification, sending: 'NP' });
  const r = await app.gql(Q.submit, { id: p.id, v: p.version }, await app.login('np@npo.demo'));
  expect(r.errors).toBeUndefined();
  return p.id;
}

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
    await until(() => rx.received.length > 0, 5_000, () => 'no delivery arrived').catch(async (e) => { console.log(JSON.stringify(await deliveriesOf(admin, hook.id))); throw e; });
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
