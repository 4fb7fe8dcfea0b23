// A count and a latency histogram of the same thing under the same labels (HTTP requests, GraphQL
// operations): one call observes both, so that a rate and its latencies always describe the same set.
import { Counter, Histogram, type Registry } from 'prom-client';

type Family = { name: string; help: string };

/** Seconds, from 5 ms to 10 s. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function timedCounter<L extends string>(registry: Registry, labelNames: readonly L[], total: Family, duration: Family) {
  const count = new Counter({ ...total, labelNames, registers: [registry] });
  const histogram = new Histogram({ ...duration, labelNames, buckets: DURATION_BUCKETS, registers: [registry] });
  return (labels: Record<L, string>, seconds: number): void => {
    count.inc(labels);
    histogram.observe(labels, seconds);
  };
}
