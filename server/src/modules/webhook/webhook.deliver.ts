// One delivery attempt (the webhook_deliver job): what to send, re-checked now — the webhook
// still active, its owner still allowed to see the event — then the signed POST, the attempt
// recorded and the next one scheduled (webhook.retry.ts) or the delivery settled.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import type { WebhookOutcome } from '../../metrics/webhook.metrics.js';
import { canSeeEvent, readEventsAfter } from '../../events/index.js';
import { toActivityEventNode } from '../activity/activity.types.js';
import { Webhook, WebhookDelivery, WebhookDeliveryStatus } from './webhook.entity.js';
import { postWebhook, type PostOutcome } from './webhook.http.js';
import { ownerViewer } from './webhook.policy.js';
import { recordOutcome } from './webhook.retry.js';
import { secretariatOrgId } from './webhook.service.js';
import { signedHeaders, webhookBody } from './webhook.signing.js';

export type DeliverCtx = Pick<Context, 'em' | 'clock' | 'config' | 'logger'> & { countDelivery?: (outcome: WebhookOutcome) => void };

/** Where an attempt left its delivery, for bcn_webhook_deliveries_total. */
const OUTCOME: Record<WebhookDeliveryStatus, WebhookOutcome> = {
  [WebhookDeliveryStatus.SUCCEEDED]: 'succeeded',
  [WebhookDeliveryStatus.PENDING]: 'retrying',
  [WebhookDeliveryStatus.FAILED]: 'failed',
};

export const TEST_EVENT_TYPE = 'WEBHOOK_TEST';
export const newTestMessageId = () => `msg_${randomUUID()}`;

export async function deliverWebhook(ctx: DeliverCtx, deliveryId: string): Promise<void> {
  const delivery = await ctx.em.findOne(WebhookDelivery, { id: deliveryId }, { populate: ['webhook', 'webhook.organization'] });
  if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return; // deleted, or settled by an earlier run
  const hook = delivery.webhook.getEntity();
  const message = await messageOf(ctx.em, hook, delivery);
  const outcome: PostOutcome =
    'refused' in message
      ? { ok: false, httpStatus: null, error: `Not sent: ${message.refused}`, durationMs: 0 }
      : await postWebhook(hook.url, signedHeaders(hook.secret, delivery.messageId, message.body), message.body, {
          allowPrivate: ctx.config.webhooks.allowPrivate,
          timeoutMs: ctx.config.webhooks.timeoutMs,
        });
  await recordOutcome(ctx, hook, delivery, outcome, { final: 'refused' in message || delivery.eventId == null, endpointFault: !('refused' in message) && delivery.eventId != null });
  ctx.countDelivery?.(OUTCOME[delivery.status as WebhookDeliveryStatus]);
}

type Message = { body: string } | { refused: string };

/** The body to send now, or why nothing may be sent. */
async function messageOf(em: EntityManager, hook: Webhook, delivery: WebhookDelivery): Promise<Message> {
  if (delivery.eventId == null) {
    return { body: webhookBody(TEST_EVENT_TYPE, delivery.createdAt, { webhookId: hook.id, message: 'A test delivery from BCN Hub.' }) };
  }
  if (!hook.active) return { refused: 'the webhook is disabled.' };
  // The one event-log reader: the event with this id is the first after id - 1.
  const [event] = await readEventsAfter(em, (BigInt(delivery.eventId) - 1n).toString(), 1);
  if (!event || event.id !== delivery.eventId) return { refused: 'the event is no longer in the log.' };
  const viewer = ownerViewer(hook.organization?.getEntity() ?? null, await secretariatOrgId(em));
  if (!canSeeEvent(viewer, event)) return { refused: "the webhook's owner may no longer see this event." };
  // The event as the `activity` subscription shows it (actorId is not a field of it).
  const { actorId: _actorId, ...data } = toActivityEventNode(event);
  return { body: webhookBody(event.type, event.createdAt, data) };
}
