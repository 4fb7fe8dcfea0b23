// GET /metrics of a real server: after real requests, operations and a live subscription, a
// scrape holds every family the operators rely on, with values that match what happened; labels
// stay bounded; and only loopback (or the METRICS_TOKEN bearer) may read it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { liveClient, until, type LiveClient } from '../helpers/live-client.js';
import { createUserVia } from '../helpers/factories/realtime.js';
import { parsePrometheus, samplesOf, valueOf, type Scrape } from '../helpers/prometheus.js';
import { receiverPool } from '../helpers/webhook-receiver.js';
import { W, createWebhookVia, webhookTestConfig } from '../helpers/factories/webhooks.js';
import { mayScrapeMetrics } from '../../server/src/metrics/index.js';

const TOKEN = 'metrics-test-token';
let app: TestApp;
let jpAdmin: string;
let live: LiveClient;

async function scrape(target: TestApp = app): Promise<Scrape> {
  const res = await fetch(`${target.url.replace('localhost', '127.0.0.1')}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await res.text());
}

beforeAll(async () => {
  app = await startTestApp({ metricsToken: TOKEN });
  jpAdmin = await app.login('jp@npo.demo');
  live = liveClient(app.url.replace('http', 'ws') + '/graphql', jpAdmin);
  await live.connected();
});

afterAll(async () => {
  await live?.dispose();
  await app?.stop();
});

/** Requests, operations (one refused, one invalid, one with a client-chosen name), a 404 and a live event; then one scrape. */
type Traffic = { metrics: Scrape; subscribedEvent: string; stopSubscription(): void };
let traffic: Promise<Traffic> | undefined;
/** The traffic runs once; both describes read the same scrape. */
const afterTraffic = () => (traffic ??= realTraffic());

async function realTraffic(): Promise<Traffic> {
  await app.gql('{ viewer { user { id } } }', {}, jpAdmin);
  await app.gql('query Probe_x7q9 { proposal(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, jpAdmin);
  await app.gql('{ noSuchField }', {}, jpAdmin);
  await fetch(`${app.url}/proposals/4b9f1c2e-secret-path?x=1`);
  await (await fetch(`${app.url}/export/proposals.csv`, { headers: { authorization: `Bearer ${jpAdmin}` } })).text();
  await fetch(`${app.url}/calendar/feeds/bcf_feed-secret-in-path.ics`);
  const sub = live.subscribe(`subscription { activity { id type } }`);
  await until(async () => valueOf(await scrape(), 'bcn_subscriptions_active') >= 1, 10_000, () => 'subscription not active');
  await createUserVia(app.gql, jpAdmin, 'metrics');
  const [event] = await sub.waitFor(1);
  return { metrics: await scrape(), subscribedEvent: event.data.activity.id, stopSubscription: () => sub.stop() };
}

describe('what a scrape shows after real traffic', () => {
  let metrics: Scrape;

  beforeAll(async () => {
    ({ metrics } = await afterTraffic());
  });

  it('counts HTTP requests by route pattern, method and status, with durations', () => {
    expect(valueOf(metrics, 'bcn_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(4);
    expect(valueOf(metrics, 'bcn_http_request_duration_seconds_count', { route: '/graphql', method: 'POST' })).toBeGreaterThanOrEqual(4);
    expect(valueOf(metrics, 'bcn_http_requests_total', { route: 'other', method: 'GET', status: '404' })).toBe(1);
    expect(metrics.types.get('bcn_http_request_duration_seconds')).toBe('histogram');
    expect(valueOf(metrics, 'bcn_http_requests_total', { route: '/export/:file', method: 'GET', status: '200' })).toBe(1);
    expect(valueOf(metrics, 'bcn_http_requests_total', { route: '/calendar/feeds/:file', method: 'GET', status: '404' })).toBe(1);
  });

  it('counts GraphQL operations by root field and outcome, with durations', () => {
    expect(valueOf(metrics, 'bcn_graphql_operations_total', { operation: 'viewer', type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(metrics, 'bcn_graphql_operations_total', { operation: 'createUser', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(valueOf(metrics, 'bcn_graphql_operations_total', { operation: 'proposal', type: 'query', outcome: 'error' })).toBe(1);
    expect(valueOf(metrics, 'bcn_graphql_operations_total', { operation: 'none', type: 'unknown', outcome: 'error' })).toBe(1);
    expect(valueOf(metrics, 'bcn_graphql_operation_duration_seconds_count', { operation: 'createUser' })).toBe(1);
    expect(samplesOf(metrics, 'bcn_graphql_operation_duration_seconds_bucket', { operation: 'createUser', le: '+Inf' })[0].value).toBe(1);
  });

  it('counts the errors clients were sent by code', () => {
    // The proposal query's, and the unknown calendar feed's (the exports' errors use the same formatter).
    expect(valueOf(metrics, 'bcn_errors_total', { code: 'NOT_FOUND' })).toBe(2);
    expect(valueOf(metrics, 'bcn_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
  });

  it('keeps labels bounded: no client-chosen operation name or raw URL becomes a label', () => {
    const values = metrics.samples.flatMap((s) => Object.values(s.labels));
    expect(values.filter((v) => /Probe_x7q9|secret-path|noSuchField|feed-secret/.test(v))).toEqual([]);
  });

});

describe('what a scrape shows after real traffic: realtime, database, process', () => {
  let subscribedEvent: string;
  let metrics: Scrape;

  beforeAll(async () => {
    ({ metrics, subscribedEvent } = await afterTraffic());
  });

  it('shows open sockets, active subscriptions, the log position and the commit-to-push lag', () => {
    expect(valueOf(metrics, 'bcn_websocket_connections')).toBe(1);
    expect(valueOf(metrics, 'bcn_subscriptions_active')).toBe(1);
    expect(valueOf(metrics, 'bcn_event_log_position')).toBeGreaterThanOrEqual(Number(subscribedEvent));
    expect(valueOf(metrics, 'bcn_event_lag_seconds_count')).toBeGreaterThanOrEqual(1);
    const meanLag = valueOf(metrics, 'bcn_event_lag_seconds_sum') / valueOf(metrics, 'bcn_event_lag_seconds_count');
    expect(meanLag).toBeGreaterThanOrEqual(0);
    expect(meanLag).toBeLessThan(5);
  });

  it('counts a subscription out when it ends', async () => {
    (await afterTraffic()).stopSubscription();
    await until(async () => valueOf(await scrape(), 'bcn_subscriptions_active') === 0, 10_000, () => 'still counted');
    expect(valueOf(await scrape(), 'bcn_websocket_connections')).toBe(1);
  });

  it('shows the database pool and Node process metrics', () => {
    expect(valueOf(metrics, 'bcn_db_pool_connections', { state: 'max' })).toBe(10);
    expect(valueOf(metrics, 'bcn_db_pool_connections', { state: 'used' }) + valueOf(metrics, 'bcn_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(1);
    expect(samplesOf(metrics, 'bcn_db_pool_connections', { state: 'pending' })).toHaveLength(1);
    expect(valueOf(metrics, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(metrics, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});

describe('docs/API.md', () => {
  it('documents every bcn_ family a scrape shows', async () => {
    const doc = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/API.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Metrics'));
    const families = [...(await scrape()).types.keys()].filter((f) => f.startsWith('bcn_'));
    expect(families.length).toBeGreaterThanOrEqual(12);
    expect(families.filter((f) => !section.includes(`\`${f}\``))).toEqual([]);
  });
});

describe('webhook deliveries and queue depth', () => {
  it('has every outcome at 0 and an empty queue before any webhook', async () => {
    const before = await scrape();
    for (const outcome of ['succeeded', 'retrying', 'failed']) expect(samplesOf(before, 'bcn_webhook_deliveries_total', { outcome })[0].value).toBe(0);
    expect(valueOf(before, 'bcn_webhook_queue_depth')).toBe(0);
  });

  it('counts real deliveries by outcome, and a retry waiting in the queue', async () => {
    // Retries an hour away: a failed attempt's next one waits in the queue while the test looks.
    const hooks = await startTestApp(webhookTestConfig({ baseDelayMs: 3_600_000 }));
    const receivers = receiverPool();
    try {
      const admin = await hooks.login('jp@npo.demo');
      const ok = await createWebhookVia(hooks, admin, (await receivers.start(() => 200)).url, ['USER_CREATED']);
      const failing = await createWebhookVia(hooks, admin, (await receivers.start(() => 500)).url, ['USER_CREATED']);
      await hooks.gql(W.test, { id: ok.id }, admin);
      await hooks.gql(W.test, { id: failing.id }, admin); // a test ping is sent once: failed for good
      await createUserVia(hooks.gql, admin, 'webhook-metrics'); // to both: one succeeds, one will retry
      const counted = async () => {
        const m = await scrape(hooks);
        const n = (outcome: string) => valueOf(m, 'bcn_webhook_deliveries_total', { outcome });
        return n('succeeded') === 2 && n('failed') === 1 && n('retrying') === 1 && valueOf(m, 'bcn_webhook_queue_depth') === 1;
      };
      await until(counted, 15_000, () => 'deliveries not counted as expected');
    } finally {
      await receivers.closeAll();
      await hooks.stop();
    }
  });
});

describe('one registry per instance', () => {
  it('keeps a second server in the same process apart: it counts only its own requests', async () => {
    const other = await startTestApp();
    try {
      const own = await scrape(other);
      expect(valueOf(own, 'bcn_graphql_operations_total')).toBe(0);
      expect(valueOf(own, 'bcn_webhook_queue_depth')).toBe(0);
    } finally {
      await other.stop();
    }
  });
});

describe('who may scrape', () => {
  const remote = { clientAddress: '203.0.113.9', peerAddress: '203.0.113.9', forwarded: false, authorization: undefined };

  it('serves loopback, and refuses other addresses: 403 without a configured token, 401 without the right one', () => {
    expect(mayScrapeMetrics({ ...remote, clientAddress: '127.0.0.1', peerAddress: '127.0.0.1' }, undefined)).toBe(200);
    expect(mayScrapeMetrics({ ...remote, clientAddress: '::ffff:127.0.0.1', peerAddress: '::1' }, undefined)).toBe(200);
    expect(mayScrapeMetrics(remote, undefined)).toBe(403);
    expect(mayScrapeMetrics({ ...remote, authorization: 'Bearer anything' }, undefined)).toBe(403);
    expect(mayScrapeMetrics(remote, TOKEN)).toBe(401);
    expect(mayScrapeMetrics({ ...remote, authorization: 'Bearer wrong' }, TOKEN)).toBe(401);
    expect(mayScrapeMetrics({ ...remote, authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe(200);
  });

  it('never takes a proxied request for a local one, even from a proxy on loopback', () => {
    const viaLocalProxy = { clientAddress: '127.0.0.1', peerAddress: '127.0.0.1', forwarded: true, authorization: undefined };
    expect(mayScrapeMetrics(viaLocalProxy, undefined)).toBe(403);
    expect(mayScrapeMetrics({ ...viaLocalProxy, authorization: `Bearer ${TOKEN}` }, TOKEN)).toBe(200);
    // TRUST_PROXY believed the proxy: the client address is the remote one.
    expect(mayScrapeMetrics({ ...viaLocalProxy, clientAddress: '203.0.113.9', forwarded: false }, undefined)).toBe(403);
  });

  it('over HTTP: a forwarded request needs the bearer token; with it, it is served', async () => {
    const url = `${app.url.replace('localhost', '127.0.0.1')}/metrics`;
    const forwarded = { 'x-forwarded-for': '203.0.113.9' };
    const refused = await fetch(url, { headers: forwarded });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fetch(url, { headers: { ...forwarded, authorization: 'Bearer wrong' } })).status).toBe(401);
    const served = await fetch(url, { headers: { ...forwarded, authorization: `Bearer ${TOKEN}` } });
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('bcn_http_requests_total');
  });

  it('over HTTP behind a trusted proxy with no token configured: a remote client is refused with 403', async () => {
    const proxied = await startTestApp({ trustProxy: true });
    try {
      const res = await fetch(`${proxied.url.replace('localhost', '127.0.0.1')}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(res.status).toBe(403);
    } finally {
      await proxied.stop();
    }
  });
});
