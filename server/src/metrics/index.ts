// The metrics of one app instance: its own prom-client Registry (tests run several apps in one
// process, so the global default registry would collide) and the named metrics of each concern.
// Other layers count through these objects; GET /metrics (http/metrics-endpoint.ts) renders them.
import { Registry, collectDefaultMetrics } from 'prom-client';
import { databaseMetrics } from './database.metrics.js';
import { graphqlMetrics } from './graphql.metrics.js';
import { httpMetrics } from './http.metrics.js';
import { realtimeMetrics } from './realtime.metrics.js';
import { webhookMetrics } from './webhook.metrics.js';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics() {
  const registry = new Registry();
  // Node's own: CPU, memory, event loop lag, GC, handles (process_*, nodejs_*).
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    http: httpMetrics(registry),
    graphql: graphqlMetrics(registry),
    realtime: realtimeMetrics(registry),
    webhooks: webhookMetrics(registry),
    database: databaseMetrics(registry),
  };
}

export { mayScrapeMetrics, type ScrapeRequest } from './access.js';
