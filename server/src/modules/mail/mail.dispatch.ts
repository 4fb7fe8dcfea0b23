// Turns new events into immediate mails, following the log with its own cursor
// (mail_dispatch_cursor, events/log-follower.ts: instances take turns, each event is read once).
// For each inbox alert an event created, of a kind its user wants IMMEDIATE, and each message in
// a thread of a pairing of someone who wants those IMMEDIATE (mail.thread-messages.ts), a pass inserts an
// outbox row (unique per user, event and kind: a second insert does nothing) and adds its job in
// the same transaction; the rows, their jobs and the cursor commit together or not at all.
// Whether the mail may still go out is decided when it is sent (mail.send.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { rawSql } from '../../db/raw-sql.js';
import { followLog, type EventRow } from '../../events/index.js';
import { addJob, TaskName } from '../../jobs/queue.js';
import { NotificationDelivery, NotificationKind, notificationKindOf } from './mail.kinds.js';
import { deliveriesOf } from './mail.preferences.js';
import { threadMessageAlerts } from './mail.thread-messages.js';

const BATCH = 200;

type Alert = { event_id: string; user_id: string; kind: string; summary: string };

/** Queues the immediate mails of every event committed so far; returns how many events it went through. */
export function dispatchMail(ctx: Pick<Context, 'em'>): Promise<number> {
  return followLog(ctx.em, 'mail_dispatch_cursor', BATCH, async (tx, events) => {
    await queueInboxAlerts(tx, events.filter((e) => e.inboxUserIds.length > 0));
    for (const event of events) {
      for (const a of await threadMessageAlerts(tx, event)) {
        await queueMail(tx, { event_id: event.id, user_id: a.userId, kind: 'MESSAGE', summary: a.summary }, NotificationKind.THREAD_MESSAGE);
      }
    }
  });
}

/** The inbox alerts of these events whose people want their kind IMMEDIATE. */
async function queueInboxAlerts(tx: EntityManager, withAlerts: EventRow[]): Promise<void> {
  if (withAlerts.length === 0) return;
  const alerts = await rawSql<Alert[]>(
    tx,
    `select event_id::text as event_id, user_id::text as user_id, kind, summary from inbox_item
     where event_id = any(?::bigint[]) order by event_id, user_id`,
    [`{${withAlerts.map((e) => e.id).join(',')}}`],
  );
  const types = new Map(withAlerts.map((e) => [e.id, e.type]));
  const choices = await deliveriesOf(tx, [...new Set(alerts.map((a) => a.user_id))]);
  for (const a of alerts) {
    const kind = notificationKindOf(a.kind, types.get(a.event_id) ?? '');
    if (kind && choices.get(a.user_id)?.get(kind) === NotificationDelivery.IMMEDIATE) await queueMail(tx, a, kind);
  }
}

/** One outbox row and its job, in `tx`; nothing when the row exists already. */
async function queueMail(tx: EntityManager, a: Alert, kind: string): Promise<void> {
  const rows = await rawSql<Array<{ id: string }>>(
    tx,
    `insert into mail_outbox (id, user_id, event_id, kind, summary) values (gen_random_uuid(), ?, ?, ?, ?)
     on conflict (user_id, event_id, kind) do nothing returning id`,
    [a.user_id, a.event_id, kind, a.summary],
  );
  if (rows[0]) await enqueueMail(tx, rows[0].id, 0);
}

/** The mail's job; one pending job per mail (adding again replaces it). */
export function enqueueMail(tx: EntityManager, mailId: string, delayMs: number): Promise<void> {
  return addJob(tx, TaskName.mailSend, { mailId }, { jobKey: `mail:${mailId}`, delayMs });
}
