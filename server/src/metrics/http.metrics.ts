// HTTP requests by route (a route pattern or a fixed bucket, never a raw URL), method and status.
import { Counter, Histogram, type Registry } from 'prom-client';

const labelNames = ['method', 'route', 'status'] as const;
type Labels = Record<(typeof labelNames)[number], string>;

export function httpMetrics(registry: Registry) {
  const requests = new Counter({ name: 'bcn_http_requests_total', help: 'HTTP requests answered, by route, method and status.', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'bcn_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to finishing its response.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    observe(labels: Labels, seconds: number): void {
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
  };
}
