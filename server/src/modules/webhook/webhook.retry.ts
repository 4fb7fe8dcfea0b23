// After an attempt: record it, then settle the delivery or schedule its next attempt with
// exponential backoff and jitter, within a 24 h window from its first attempt (or redelivery).
// An endpoint whose every attempt has failed for 3 days is disabled, and its owner's
// administrators get an inbox alert.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WebhookSettings } from '../../config.js';
import { rawSql } from '../../db/raw-sql.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import type { DeliverCtx } from './webhook.deliver.js';
import { enqueueDelivery } from './webhook.dispatch.js';
import { Webhook, WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus } from './webhook.entity.js';
import type { PostOutcome } from './webhook.http.js';
import { webhookAdmins } from './webhook.service.js';

/** Delay before attempt n + 1 after n attempts: base · 2^(n-1), capped, times a jitter in [0.75, 1.25). */
export function retryDelayMs(attempts: number, s: Pick<WebhookSettings, 'baseDelayMs' | 'maxDelayMs'>, random = Math.random): number {
  const plain = Math.min(s.maxDelayMs, s.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(plain * (0.75 + random() * 0.5));
}

export async function recordOutcome(
  ctx: DeliverCtx,
  hook: Webhook,
  delivery: WebhookDelivery,
  outcome: PostOutcome,
  opts: { final: boolean; endpointFault: boolean },
): Promise<void> {
  const now = ctx.clock.now();
  const settings = ctx.config.webhooks;
  await runInTransaction(ctx.em, async (tx, record) => {
    delivery.attemptCount += 1;
    tx.create(WebhookAttempt, { delivery, number: delivery.attemptCount, at: now, httpStatus: outcome.httpStatus, durationMs: outcome.durationMs, error: outcome.error });
    delivery.nextAttemptAt = null;
    if (outcome.ok) {
      delivery.status = WebhookDeliveryStatus.SUCCEEDED;
      // Plain SQL: a versioned nativeUpdate would raise the webhook's version, and its owner's next
      // edit with the version they read would be a CONFLICT although nobody else edited it.
      await rawSql(tx, 'update webhook set failing_since = null where id = ? and failing_since is not null', [hook.id], 'run');
      return;
    }
    if (opts.endpointFault) await noteFailure(tx, record, hook, now, settings, outcome.error);
    const delay = retryDelayMs(delivery.attemptCount, settings);
    const deadline = delivery.windowStartedAt.getTime() + settings.retryWindowMs;
    if (opts.final || !hook.active || now.getTime() + delay > deadline) {
      delivery.status = WebhookDeliveryStatus.FAILED;
      return;
    }
    delivery.nextAttemptAt = new Date(now.getTime() + delay);
    await tx.flush();
    await enqueueDelivery(tx, delivery.id, delay);
  });
}

/** Marks the endpoint failing (since its first failure in a row); disables it after disableAfterMs. */
async function noteFailure(tx: EntityManager, record: RecordEvent, hook: Webhook, now: Date, s: WebhookSettings, error: string | null): Promise<void> {
  const [row] = await rawSql<Array<{ since: Date | string }>>(
    tx,
    'update webhook set failing_since = coalesce(failing_since, ?) where id = ? returning failing_since as since',
    [now, hook.id],
  );
  const since = row ? new Date(row.since) : now;
  if (!hook.active || now.getTime() - since.getTime() < s.disableAfterMs) return;
  hook.active = false;
  hook.disabledReason = `Disabled on ${now.toISOString()}: every delivery has failed since ${since.toISOString()} (last error: ${error ?? 'unknown'}).`;
  await tx.flush();
  const organizationId = hook.organization?.id ?? null;
  const summary = `A webhook to ${hook.url} was disabled after failing continuously. Fix the endpoint, then switch it on again.`;
  record({
    type: 'WEBHOOK_DISABLED',
    subjectType: 'Webhook',
    subjectId: hook.id,
    audienceOrgIds: organizationId ? [organizationId] : [],
    payload: { webhookId: hook.id, organizationId, active: false, version: hook.version },
    inbox: (await webhookAdmins(tx, organizationId)).map((userId) => ({ userId, kind: 'WEBHOOK_DISABLED', summary })),
  });
}
