// The realtime layer of this instance: open sockets, active subscriptions, how far the event
// hub has read the log, and how long an event takes from its commit to being pushed here.
import { Gauge, Histogram, type Registry } from 'prom-client';

export type RealtimeSources = {
  sockets(): number;
  /** The last event id this instance has fanned out (null before the first). */
  logPosition(): string | null;
};

export function realtimeMetrics(registry: Registry) {
  let sources: RealtimeSources | null = null;
  new Gauge({
    name: 'bcn_websocket_connections',
    help: 'WebSocket connections open on this instance.',
    registers: [registry],
    collect() {
      this.set(sources?.sockets() ?? 0);
    },
  });
  // Counted by the streams themselves: the hub has other listeners too (e.g. the webhook dispatcher).
  const subscriptions = new Gauge({ name: 'bcn_subscriptions_active', help: 'GraphQL subscriptions streaming events on this instance.', registers: [registry] });
  new Gauge({
    name: 'bcn_event_log_position',
    help: 'Id of the last activity event this instance has read from the log and pushed to its subscriptions.',
    registers: [registry],
    collect() {
      this.set(Number(sources?.logPosition() ?? 0));
    },
  });
  const lag = new Histogram({
    name: 'bcn_event_lag_seconds',
    help: 'Time from an event\'s commit (database clock) to this instance pushing it to its subscriptions.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  return {
    setSources(s: RealtimeSources): void {
      sources = s;
    },
    subscriptionOpened(): void {
      subscriptions.inc();
    },
    subscriptionClosed(): void {
      subscriptions.dec();
    },
    observeEventLag(seconds: number): void {
      // A database clock slightly ahead of this one would give a negative lag: count it as none.
      lag.observe(Math.max(0, seconds));
    },
  };
}
