// Connects this instance's metrics to what they measure: open sockets, the event hub's position,
// each event's lag from commit to push, the database pool, the webhook job queue (subscriptions
// and webhook deliveries count themselves). Part of
// composing a server (server.ts); the metrics themselves know none of these (metrics/).
import type { WebSocketServer } from 'ws';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from './db/orm.js';
import { TaskName, queuedJobs } from './jobs/queue.js';
import type { Metrics } from './metrics/index.js';
import type { Realtime } from './realtime/realtime.js';

/** The part of a tarn pool (knex's) that the gauges read. */
type TarnPool = { numUsed(): number; numFree(): number; numPendingAcquires(): number; numPendingCreates(): number; max: number };

export function instrument(metrics: Metrics, parts: { orm: Orm; wss: WebSocketServer; realtime: Realtime }): void {
  const { orm, wss, realtime } = parts;
  metrics.realtime.setSources({
    sockets: () => wss.clients.size,
    logPosition: () => realtime.hub.position,
  });
  realtime.hub.onDispatched((events) => {
    const now = Date.now();
    for (const e of events) if (e.committedAt) metrics.realtime.observeEventLag((now - e.committedAt.getTime()) / 1000);
  });
  metrics.webhooks.setQueueDepthSource(() => queuedJobs(orm.em.fork({ loggerContext: { label: 'metrics' } }) as EntityManager, TaskName.webhookDeliver));
  metrics.database.setPoolSource(() => {
    const pool = orm.em.getConnection().getKnex().client.pool as TarnPool | undefined;
    if (!pool) return null;
    return { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() + pool.numPendingCreates(), max: pool.max };
  });
}
