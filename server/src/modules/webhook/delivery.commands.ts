// Deliveries asked for by a person: a test ping, and the redelivery of a settled delivery (a new
// retry window; the same webhook-id, so receivers can dedupe). Both go through the job queue.
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { newTestMessageId, TEST_EVENT_TYPE } from './webhook.deliver.js';
import { enqueueDelivery } from './webhook.dispatch.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook.entity.js';
import { findDeliveryForViewer, findWebhookForViewer } from './webhook.service.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

export async function testWebhook(ctx: Ctx, id: string): Promise<WebhookDelivery> {
  const hook = await findWebhookForViewer(ctx, id);
  const now = ctx.clock.now();
  return runInTransaction(ctx.em, async (tx) => {
    const delivery = tx.create(WebhookDelivery, {
      webhook: hook,
      eventId: null,
      messageId: newTestMessageId(),
      eventType: TEST_EVENT_TYPE,
      windowStartedAt: now,
      createdAt: now,
    });
    await tx.flush();
    await enqueueDelivery(tx, delivery.id, 0);
    return delivery;
  });
}

export async function redeliverWebhookDelivery(ctx: Ctx, id: string): Promise<WebhookDelivery> {
  const delivery = await findDeliveryForViewer(ctx, id);
  if (delivery.status === WebhookDeliveryStatus.PENDING) throw badInput('id', 'This delivery is still pending: it will be attempted again on its own.');
  return runInTransaction(ctx.em, async (tx) => {
    Object.assign(delivery, { status: WebhookDeliveryStatus.PENDING, windowStartedAt: ctx.clock.now(), nextAttemptAt: ctx.clock.now() });
    await tx.flush();
    await enqueueDelivery(tx, delivery.id, 0);
    return delivery;
  });
}
