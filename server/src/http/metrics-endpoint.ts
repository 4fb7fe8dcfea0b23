// GET /metrics (Prometheus text format) and the timing of every HTTP request. Requests are
// labelled by route pattern or by a fixed bucket, never by their raw URL, so that ids in paths
// and scanners' random URLs cannot grow the number of series without bound.
import type { Express, Request, RequestHandler } from 'express';
import type { Config } from '../config.js';
import { mayScrapeMetrics, type Metrics } from '../metrics/index.js';
import { clientAddressOf, trustOf } from './client-address.js';

/** First path segments that are buckets of their own; everything else is "other". */
const KNOWN_PREFIXES = new Set(['graphql', 'graphiql', 'healthz', 'readyz', 'metrics', 'assets', 'export', 'calendar']);

export function routeOf(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  if (typeof route?.path === 'string') return `${req.baseUrl}${route.path}`;
  const first = req.originalUrl.split('?')[0].split('/')[1] ?? '';
  if (KNOWN_PREFIXES.has(first)) return `/${first}`;
  // A pattern route outside those is the web client's fallback: index.html for the SPA's own paths.
  return route ? 'client' : 'other';
}

/** Times every request; the labels are read when the response is finished, once routing is known. */
export function httpMetricsMiddleware(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // 'close' comes after 'finish', and also when the client went away before the response ended.
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.writableFinished ? String(res.statusCode) : 'aborted';
      metrics.http.observe({ method: normalMethod(req.method), route: routeOf(req), status }, seconds);
    });
    next();
  };
}

function normalMethod(method: string): string {
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(method) ? method : 'other';
}

export function mountMetrics(app: Express, config: Config, metrics: Metrics): void {
  const trust = trustOf(config.trustProxy);
  app.get('/metrics', async (req, res) => {
    const verdict = mayScrapeMetrics(
      {
        clientAddress: clientAddressOf(req, trust),
        peerAddress: req.socket.remoteAddress,
        forwarded: req.headers.forwarded !== undefined || req.headers['x-forwarded-for'] !== undefined,
        authorization: req.headers.authorization,
      },
      config.metricsToken,
    );
    if (verdict === 401) res.set('www-authenticate', 'Bearer realm="metrics"');
    if (verdict !== 200) return void res.status(verdict).type('text/plain').send(verdict === 401 ? 'Unauthorized\n' : 'Forbidden\n');
    res.set('cache-control', 'no-store').type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
