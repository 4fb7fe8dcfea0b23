// Webhooks across instances and audiences: two server instances on one database share the
// dispatcher and the job queue (each event delivered once), and a webhook receives exactly what
// its owner may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/server.js';
import { PairingStatus } from '../../server/src/modules/pairing/pairing.enums.js';
import { startTwoInstances, type TestApp } from '../helpers/app.js';
import { httpClient } from '../helpers/http-client.js';
import { until } from '../helpers/live-client.js';
import { buildPairing } from '../helpers/factories/pairings.js';
import { createThreadVia, createUserVia } from '../helpers/factories/realtime.js';
import { createWebhookVia, webhookTestConfig } from '../helpers/factories/webhooks.js';
import { receiverPool, type Receiver } from '../helpers/webhook-receiver.js';

let app: TestApp;
let second: RunningServer;
const pool = receiverPool();

beforeAll(async () => {
  ({ app, second } = await startTwoInstances(webhookTestConfig()));
});

afterAll(async () => {
  await app.stop(); // and the second instance
  await pool.closeAll();
});

const receiver = (respond?: Receiver['respond']) => pool.start(respond);

const ids = (r: Receiver) => r.received.map((x) => x.headers['webhook-id']);

describe('two instances on one database', () => {
  it('share the queue: N events written through both are each delivered once', async () => {
    const rx = await receiver();
    const onSecond = httpClient(second.url);
    const admin = await app.login('my@npo.demo');
    await createWebhookVia(app, admin, rx.url, ['USER_CREATED']);
    const N = 12;
    for (let i = 0; i < N; i++) await createUserVia(i % 2 ? app.gql : onSecond.gql, admin, `shared-${i}`);
    await until(() => rx.received.length >= N, 20_000, () => `received ${rx.received.length} of ${N}`);
    // Give a duplicate every chance to show up: a later event is delivered after all of them.
    await createUserVia(onSecond.gql, admin, 'barrier');
    await until(() => rx.received.length >= N + 1, 10_000, () => 'barrier not delivered');
    await until(async () => (await pendingJobs()) === 0, 10_000, () => 'jobs left in the queue');
    expect(rx.received).toHaveLength(N + 1);
    expect(new Set(ids(rx)).size).toBe(N + 1);
    expect(rx.received.every((x) => x.json.type === 'USER_CREATED')).toBe(true);
  });
});

async function pendingJobs(): Promise<number> {
  const rows = await app.db.orm.em.fork().getConnection().execute(`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'webhook_deliver'`);
  return rows[0].n;
}

describe('what a webhook receives', () => {
  it("never gives an NPO another pair's private event; the pair's NPO and the Secretariat receive it", async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING });
    const [outsider, party, program] = await Promise.all([receiver(), receiver(), receiver()]);
    const th = await app.login('th@npo.demo');
    await createWebhookVia(app, th, outsider.url);
    await createWebhookVia(app, await app.login('np@npo.demo'), party.url);
    await createWebhookVia(app, await app.login('secretariat@apo.demo'), program.url);

    const threadId = await createThreadVia(app.gql, await app.login('jp@npo.demo'), pairing.id, 'Private planning');
    // A later event the outsider may see: once it has arrived, the thread's event has been dispatched too.
    await createUserVia(app.gql, th, 'barrier');
    await until(() => outsider.received.some((x) => x.json.type === 'USER_CREATED'), 10_000, () => 'barrier not delivered');
    const aboutThread = (r: Receiver) => r.received.filter((x) => x.json.data?.subjectId === threadId);
    await until(() => aboutThread(party).length === 1 && aboutThread(program).length === 1, 10_000, () => 'the pair or the Secretariat missed it');
    expect(aboutThread(outsider)).toEqual([]);
    expect(aboutThread(program)[0].json).toMatchObject({ type: 'THREAD_CREATED', data: { subjectType: 'Thread', payload: { pairingId: pairing.id } } });
    // Nor the Secretariat's or the pair's own events of other kinds leak the other way: TH saw only TH's.
    expect(outsider.received.every((x) => x.json.type === 'WEBHOOK_CREATED' || x.json.type === 'USER_CREATED')).toBe(true);
  });
});

describe('visibility at send time', () => {
  it('sends nothing more once the owner may no longer see the event (re-checked before each attempt)', async () => {
    const { pairing } = await buildPairing(app, { sending: 'NP', host: 'JP', status: PairingStatus.PLANNING });
    const rx = await receiver(() => 500); // keeps the delivery retrying
    const np = await app.login('np@npo.demo');
    const hook = await createWebhookVia(app, np, rx.url, ['THREAD_CREATED']);
    await createThreadVia(app.gql, np, pairing.id, 'Seen, then not');
    await until(() => rx.received.length >= 1, 10_000, () => 'no first attempt');
    // The webhook now belongs to an organization outside the pair (as if ownership had moved).
    const th = await app.db.orm.em.fork().getConnection().execute(`select id from organization where acronym = 'FTPI'`);
    await app.db.orm.em.fork().getConnection().execute('update webhook set organization_id = ? where id = ?', [th[0].id, hook.id]);
    const em = () => app.db.orm.em.fork().getConnection();
    await until(async () => (await em().execute(`select status from webhook_delivery where webhook_id = ?`, [hook.id]))[0]?.status === 'FAILED', 10_000, () => 'never settled');
    const [last] = await em().execute(`select a.error, a.http_status from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id where d.webhook_id = ? order by a.number desc limit 1`, [hook.id]);
    expect(last).toMatchObject({ http_status: null, error: expect.stringMatching(/may no longer see this event/) });
    const sent = rx.received.length;
    await createUserVia(app.gql, await app.login('th@npo.demo'), 'after'); // any later work: still nothing for that event
    expect(rx.received.length).toBe(sent);
  });
});
