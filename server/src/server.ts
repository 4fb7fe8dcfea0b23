// Composes one BCN Hub process: express (health, client, /graphql over HTTP) and graphql-ws on
// one node:http server. main.ts and the tests both start it through createServer().
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { AppDeps } from './context.js';
import { createApollo } from './graphql/apollo.js';
import { OperationGuard } from './graphql/operation-guard.js';
import { buildAppSchema } from './graphql/schema.js';
import { createWsServer } from './graphql/ws.js';
import { startRealtime } from './realtime/realtime.js';
import { startJobs } from './jobs/index.js';
import { createExpressApp, jsonErrorHandler, mountClient } from './http/express-app.js';
import { requestLimits } from './http/request-limits.js';
import { httpContext } from './http/graphql-context.js';
import { httpMetricsMiddleware, mountMetrics } from './http/metrics-endpoint.js';
import { metricsPlugin } from './graphql/metrics-plugin.js';
import { createMetrics, type Metrics } from './metrics/index.js';
import { instrument } from './instrument.js';
import { credentialEnded, followInvalidations } from './modules/auth/credential-cache.js';

export type RunningServer = { url: string; port: number; httpServer: http.Server; metrics: Metrics; stop(): Promise<void> };

export async function createServer(given: AppDeps): Promise<RunningServer> {
  let ready = true;
  // One registry per instance: tests run several servers in one process.
  const metrics = given.metrics ?? createMetrics();
  const deps: AppDeps = { ...given, metrics };
  const app = createExpressApp(deps, { ready: () => ready, before: [httpMetricsMiddleware(metrics)] });
  mountMetrics(app, deps.config, metrics);
  const httpServer = http.createServer(app);
  const schema = await buildAppSchema();
  const realtime = await startRealtime(deps);
  const jobs = await startJobs(deps);
  // Webhooks follow the event log: each batch the hub reads (any instance's commits) wakes the dispatcher.
  realtime.hub.subscribe({ push: () => jobs.eventsCommitted() });
  // A credential ended in any instance (sign-out, revoked token …) is forgotten here as its event
  // arrives; while the hub follows the log, resolved credentials are remembered longer.
  realtime.hub.subscribe({ push: credentialEnded });
  const unfollow = followInvalidations(realtime.hub);
  // One guard, so that HTTP and graphql-ws share the limits and each caller's one budget.
  const guard = new OperationGuard(deps);
  const ws = createWsServer(deps, schema, httpServer, realtime, guard);
  instrument(metrics, { orm: deps.orm, wss: ws.wss, realtime });
  const apollo = createApollo(deps, schema, httpServer, guard, [
    { async serverWillStart() { return { drainServer: () => ws.dispose() }; } },
    metricsPlugin(metrics),
  ]);
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: deps.config.maxBodyBytes }),
    requestLimits(guard),
    expressMiddleware(apollo, { context: ({ req, res }) => httpContext(deps, req, res) }),
  );
  mountClient(app, deps.config.clientDir);
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(deps.config.port, deps.config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    httpServer,
    metrics,
    async stop() {
      ready = false;
      unfollow();
      await apollo.stop(); // stops accepting, waits for in-flight requests, closes sockets
      await jobs.stop(); // lets running jobs finish; the rest wait in the queue for any instance
    },
  };
}
