// Turns new events of the log into deliveries, following the log with its own cursor
// (webhook_dispatch_cursor, events/log-follower.ts: any number of instances take turns, each event
// is matched once). A pass inserts one delivery per matching active webhook whose owner may see the event
// (unique per webhook and event), enqueues each delivery's job in the same transaction, and
// advances the cursor: the deliveries, their jobs and the cursor commit together or not at all.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { canSeeEvent, followLog, type EventRow } from '../../events/index.js';
import { rawSql } from '../../db/raw-sql.js';
import { addJob, TaskName } from '../../jobs/queue.js';
import type { Viewer } from '../auth/viewer.js';
import { Webhook } from './webhook.entity.js';
import { ownerViewer, wantsEventType } from './webhook.policy.js';
import { secretariatOrgId } from './webhook.service.js';

const BATCH = 200;
type DispatchCtx = Pick<Context, 'em' | 'clock'>;
type Subscriber = { hook: Webhook; viewer: Viewer | null };

/** Dispatches every event committed so far; returns how many events it went through. */
export function dispatchNewEvents(ctx: DispatchCtx): Promise<number> {
  return followLog(ctx.em, 'webhook_dispatch_cursor', BATCH, async (tx, events) => {
    const subscribers = await activeSubscribers(tx);
    for (const event of events) {
      for (const s of subscribers) {
        if (BigInt(event.id) <= BigInt(s.hook.sinceEventId) || !wantsEventType(s.hook, event.type) || !canSeeEvent(s.viewer, event)) continue;
        await insertDelivery(tx, s.hook, event, ctx.clock.now());
      }
    }
  });
}

async function activeSubscribers(tx: EntityManager): Promise<Subscriber[]> {
  const hooks = await tx.find(Webhook, { active: true }, { populate: ['organization'], orderBy: { createdAt: 'asc', id: 'asc' } });
  const secretariat = await secretariatOrgId(tx);
  return hooks.map((hook) => ({ hook, viewer: ownerViewer(hook.organization?.getEntity() ?? null, secretariat) }));
}

async function insertDelivery(tx: EntityManager, hook: Webhook, event: EventRow, now: Date): Promise<void> {
  const rows = await rawSql<Array<{ id: string }>>(
    tx,
    `insert into webhook_delivery (id, webhook_id, event_id, message_id, event_type, window_started_at, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict (webhook_id, event_id) do nothing returning id`,
    [hook.id, event.id, event.id, event.type, now, now],
  );
  if (rows[0]) await enqueueDelivery(tx, rows[0].id, 0);
}

/** The delivery's job, in `tx`; one pending job per delivery (adding again replaces it). */
export function enqueueDelivery(tx: EntityManager, deliveryId: string, delayMs: number): Promise<void> {
  return addJob(tx, TaskName.webhookDeliver, { deliveryId }, { jobKey: `webhook_delivery:${deliveryId}`, delayMs });
}
