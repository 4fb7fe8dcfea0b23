// The HTTP side: security headers and CORS, health probes, the GraphQL endpoint (mounted by the caller), the built client.
import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { AppDeps } from '../context.js';
import { trustOf } from './client-address.js';
import { cors, securityHeaders } from './security.js';
import { integrationRoutes } from './integration-routes.js';
import { mailRoutes } from '../modules/mail/mail.routes.js';
import { attachmentRoutes } from './attachment-routes.js';

export function createExpressApp(deps: AppDeps, state: { ready: () => boolean; before?: RequestHandler[] }): Express {
  const app = express();
  app.disable('x-powered-by');
  // First of all, so that they see every request (the metrics' timing).
  for (const handler of state.before ?? []) app.use(handler);
  // TRUST_PROXY decides whether X-Forwarded-For names the client (req.ip, req.secure).
  app.set('trust proxy', trustOf(deps.config.trustProxy));
  app.use(securityHeaders());
  app.use('/graphql', cors(deps.config.corsOrigins));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // CSV exports and calendars (issue 16): /export/*.csv, /calendar/pairings/*.ics, /calendar/feeds/*.ics.
  app.use(integrationRoutes(deps));
  // One-click unsubscribe from mail (issue 17): POST /mail/unsubscribe?token=…, GET a confirmation page.
  app.use(mailRoutes(deps));
  // Attachments (issue 18): PUT /uploads/<id>?token=… (local storage), GET /files/<id>.
  app.use(attachmentRoutes(deps));

  app.get('/readyz', async (_req, res) => {
    if (!state.ready()) return void res.status(503).json({ status: 'shutting down' });
    try {
      await deps.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  return app;
}

/** Serves the built React client, with index.html for client-side routes. */
export function mountClient(app: Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('BCN Hub API is running. The client is not built: run `npm run build`.');
    });
    return;
  }
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
    res.sendFile(index);
  });
}

/** Body-parser failures (too large, malformed JSON) answered in the GraphQL error shape. */
export const jsonErrorHandler: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = typeof err?.status === 'number' ? err.status : 500;
  const message =
    err?.type === 'entity.too.large'
      ? 'The request body is too large.'
      : err?.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : status < 500
          ? 'The request could not be read.'
          : 'Internal server error.';
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }],
  });
};
