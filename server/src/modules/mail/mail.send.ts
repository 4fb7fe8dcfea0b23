// Sends one mail of the outbox (the mail_send job). The row is locked FOR UPDATE for the whole
// attempt, so a row already SENT is never sent again, whatever jobs run twice. What may be said is
// decided now: the person still active, still wanting this kind at once, and still allowed to see
// the event (the one audience rule with their viewer). An SMTP failure is recorded and the job
// added again after a backoff (MAIL_RETRY_BASE_MS, doubling); after maxAttempts the mail is FAILED.
// The windows left: the SMTP server accepted the message and the commit marking it SENT then
// failed — the retry sends it again (at least once at the SMTP boundary, with the same Message-ID);
// and a deactivation or move that commits while an attempt is under way stops only later attempts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type Mail from 'nodemailer/lib/mailer';
import type { Context } from '../../context.js';
import { labelledTransaction, rawSql } from '../../db/raw-sql.js';
import { isRefusal } from '../../errors.js';
import { canSeeEvent, readEventsAfter, type EventRow } from '../../events/index.js';
import { personViewer } from '../auth/auth.service.js';
import { meetingIcs, pairingMeeting } from '../calendar/calendar.service.js';
import { User } from '../user/user.entity.js';
import { NotificationDelivery, NotificationKind } from './mail.kinds.js';
import { deliveriesOf } from './mail.preferences.js';
import { domainOf, renderAlert, subjectLink } from './mail.render.js';
import { enqueueMail } from './mail.dispatch.js';
import { signingKey, unsubscribeToken } from './mail.signing.js';
import type { MailTransport } from './mail.transport.js';

export type SendCtx = Pick<Context, 'em' | 'config' | 'logger' | 'clock'>;
type Row = { id: string; user_id: string; event_id: string; kind: NotificationKind; summary: string; status: string; attempt_count: number };

export async function sendOutboxMail(ctx: SendCtx, transport: MailTransport, mailId: string): Promise<void> {
  await labelledTransaction(ctx.em, async (tx) => {
    const [row] = await rawSql<Row[]>(
      tx,
      'select id, user_id::text as user_id, event_id::text as event_id, kind, summary, status, attempt_count from mail_outbox where id = ? for update',
      [mailId],
    );
    if (!row || row.status !== 'PENDING') return; // settled by an earlier run
    const user = await tx.findOne(User, { id: row.user_id }, { populate: ['organization'] });
    const [event] = await readEventsAfter(tx, (BigInt(row.event_id) - 1n).toString(), 1);
    const refused = await whyNot(tx, user, row, event);
    if (refused) return settle(tx, row.id, 'SKIPPED', refused);
    const messageId = `<mail-${row.id}@${domainOf(ctx.config.mail.from)}>`;
    try {
      await transport.send(await compose(ctx, user!, row, event, messageId), `${event.createdAt.toISOString().replace(/[:.]/g, '-')}-${row.id}`);
    } catch (err) {
      return retryLater(tx, ctx, row, err);
    }
    await rawSql(tx, `update mail_outbox set status = 'SENT', sent_at = now(), attempt_count = attempt_count + 1, message_id = ?, last_error = null where id = ?`, [messageId, row.id], 'run');
  });
}

/** Why this mail may not go out now, or null. */
async function whyNot(tx: EntityManager, user: User | null, row: Row, event: EventRow | undefined): Promise<string | null> {
  if (!user || !user.active) return 'the person is no longer active';
  if (!event || event.id !== row.event_id) return 'the event is no longer in the log';
  const wanted = (await deliveriesOf(tx, [user.id])).get(user.id)?.get(row.kind);
  if (wanted !== NotificationDelivery.IMMEDIATE) return `the person now wants ${row.kind} ${wanted}`;
  if (!canSeeEvent(personViewer(user, { expiresAt: null }), event)) return 'the person may no longer see the event';
  return null;
}

async function compose(ctx: SendCtx, user: User, row: Row, event: EventRow, messageId: string) {
  const { publicUrl, from } = ctx.config.mail;
  const attachments = row.kind === NotificationKind.MEETING_SOON ? await meetingAttachment(ctx, user, event) : [];
  const mail = renderAlert({
    from,
    to: { name: user.name, address: user.email },
    messageId,
    kind: row.kind,
    summary: row.summary,
    link: subjectLink(publicUrl, event),
    publicUrl,
    unsubscribeUrl: await unsubscribeUrl(ctx, user.id, row.kind),
  });
  return { ...mail, attachments };
}

/** The meeting reminder carries the meeting's calendar file (none when the meeting has no time or is out of the person's sight). */
async function meetingAttachment(ctx: SendCtx, user: User, event: EventRow): Promise<Mail.Attachment[]> {
  const { pairingId } = event.payload;
  if (typeof pairingId !== 'string') return [];
  // NOT_FOUND: no time (any more) or out of sight; any other failure is a fault, and the job is retried.
  const meeting = await pairingMeeting(ctx.em, personViewer(user, { expiresAt: null }), pairingId).catch((e: unknown) => {
    if (isRefusal(e)) return null;
    throw e;
  });
  if (!meeting) return [];
  return [{ filename: 'bcn-meeting.ics', content: meetingIcs(meeting, ctx.clock.now()), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
}

/** The one-click unsubscribe link of one kind for one person. */
export async function unsubscribeUrl(ctx: SendCtx, userId: string, kind: NotificationKind): Promise<string> {
  // Outside the send's transaction: a key made there and cached would be lost if it rolled back.
  const token = unsubscribeToken(await signingKey(ctx.em, ctx.config.mail), userId, kind);
  return `${ctx.config.mail.publicUrl}/mail/unsubscribe?token=${encodeURIComponent(token)}`;
}

async function retryLater(tx: EntityManager, ctx: SendCtx, row: Row, err: unknown): Promise<void> {
  const attempts = row.attempt_count + 1;
  const { maxAttempts } = ctx.config.mail;
  ctx.logger.warn({ module: 'mail', mailId: row.id, attempts, err: String(err) }, 'sending a mail failed; it is retried later');
  if (attempts >= maxAttempts) return settle(tx, row.id, 'FAILED', String(err), 1);
  await rawSql(tx, 'update mail_outbox set attempt_count = ?, last_error = ? where id = ?', [attempts, String(err).slice(0, 1000), row.id], 'run');
  await enqueueMail(tx, row.id, retryDelayMs(ctx, attempts));
}

/** The wait before the next attempt after `attempts` failed ones: doubling from retryBaseMs up to retryMaxMs, ±20 %. */
export function retryDelayMs(ctx: SendCtx, attempts: number): number {
  const { retryBaseMs, retryMaxMs } = ctx.config.mail;
  return Math.min(retryMaxMs, retryBaseMs * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
}

async function settle(tx: EntityManager, id: string, status: 'SKIPPED' | 'FAILED', why: string, attempted = 0): Promise<void> {
  await rawSql(tx, 'update mail_outbox set status = ?, last_error = ?, attempt_count = attempt_count + ? where id = ?', [status, why.slice(0, 1000), attempted, id], 'run');
}
