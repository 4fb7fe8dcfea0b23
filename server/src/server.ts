// Composes one BCN Hub process: express (health, client, /graphql over HTTP) and graphql-ws on
// one node:http server. main.ts and the tests both start it through createServer().
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { buildContext, type AppDeps } from './context.js';
import { createApollo } from './graphql/apollo.js';
import { limitsOf } from './graphql/limits.js';
import { buildAppSchema } from './graphql/schema.js';
import { createWsServer } from './graphql/ws.js';
import { startRealtime } from './realtime/realtime.js';
import { createExpressApp, jsonErrorHandler, mountClient } from './http/express-app.js';
import { batchLimit } from './http/batch-limit.js';

export type RunningServer = { url: string; port: number; httpServer: http.Server; stop(): Promise<void> };

export async function createServer(deps: AppDeps): Promise<RunningServer> {
  let ready = true;
  const app = createExpressApp(deps, { ready: () => ready });
  const httpServer = http.createServer(app);
  const schema = await buildAppSchema();
  const realtime = await startRealtime(deps);
  const ws = createWsServer(deps, schema, httpServer, realtime);
  const apollo = createApollo(deps, schema, httpServer, [
    { async serverWillStart() { return { drainServer: () => ws.dispose() }; } },
  ]);
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: deps.config.maxBodyBytes }),
    batchLimit(limitsOf(deps.config).maxBatch),
    expressMiddleware(apollo, {
      context: ({ req }) => buildContext(deps, { authorization: req.headers.authorization, ip: req.ip }),
    }),
  );
  mountClient(app, deps.config.clientDir);
  app.use(jsonErrorHandler);

  await new Promise<void>((resolve) => httpServer.listen(deps.config.port, deps.config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    httpServer,
    async stop() {
      ready = false;
      await apollo.stop(); // stops accepting, waits for in-flight requests, closes sockets
    },
  };
}
