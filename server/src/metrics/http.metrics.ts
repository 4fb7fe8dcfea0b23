// HTTP requests by route (a route pattern or a fixed bucket, never a raw URL), method and status.
import type { Registry } from 'prom-client';
import { timedCounter } from './timed.js';

const labelNames = ['method', 'route', 'status'] as const;

export function httpMetrics(registry: Registry) {
  return {
    observe: timedCounter(
      registry,
      labelNames,
      { name: 'bcn_http_requests_total', help: 'HTTP requests answered, by route, method and status.' },
      { name: 'bcn_http_request_duration_seconds', help: 'Time from receiving an HTTP request to finishing its response.' },
    ),
  };
}
