// Webhook deliveries, counted by the webhook worker (wired where it runs). The queue depth comes
// from a source the worker sets (e.g. a count of its pending jobs); until one is set it is 0.
import { Counter, Gauge, type Registry } from 'prom-client';

/** One attempt's result: delivered, failed and will be retried, or failed for good (retries exhausted). */
export type WebhookOutcome = 'succeeded' | 'retrying' | 'failed';
const OUTCOMES: WebhookOutcome[] = ['succeeded', 'retrying', 'failed'];

export function webhookMetrics(registry: Registry) {
  let queueDepth: () => number | Promise<number> = () => 0;
  const deliveries = new Counter({
    name: 'bcn_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome (succeeded | retrying | failed).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  // Every outcome is a series from the start (at 0), so that rates and alerts see it before the first delivery.
  for (const outcome of OUTCOMES) deliveries.inc({ outcome }, 0);
  new Gauge({
    name: 'bcn_webhook_queue_depth',
    help: 'Webhook deliveries waiting in the queue.',
    registers: [registry],
    async collect() {
      this.set(await queueDepth());
    },
  });
  return {
    countDelivery(outcome: WebhookOutcome): void {
      deliveries.inc({ outcome });
    },
    setQueueDepthSource(source: () => number | Promise<number>): void {
      queueDepth = source;
    },
  };
}
