// Daily digests. The periodic mail_schedule job opens, for each active person whose local time
// (their organization's zone, injected clock) has reached MAIL_DIGEST_HOUR, that local day's
// mail_digest row — unique per (user, local day), inserted `on conflict do nothing`, so one
// instance wins and nothing is sent twice — covering the events after their previous digest's
// bound up to the newest committed one (ids become visible in increasing order, so nothing
// committed later falls below it). With nothing to list the row is settled SKIPPED and no mail
// goes; otherwise its mail_digest job is added in the same transaction. The job (like mail_send)
// reads the lines again under the row's lock with the person's choices and visibility of that
// moment, sends, and retries with backoff when SMTP fails.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { labelledTransaction, rawSql } from '../../db/raw-sql.js';
import { latestEventId } from '../../events/index.js';
import { addJob, TaskName } from '../../jobs/queue.js';
import { personViewer } from '../auth/auth.service.js';
import { User } from '../user/user.entity.js';
import { digestItems, type DigestItem } from './mail.digest-items.js';
import { renderDigest, type DigestGroup } from './mail.digest-render.js';
import type { NotificationKind } from './mail.kinds.js';
import { domainOf } from './mail.render.js';
import { retryDelayMs, unsubscribeUrl, type SendCtx } from './mail.send.js';
import type { MailTransport } from './mail.transport.js';

const DAY_MS = 86_400_000;

/** Opens the digests due now; returns how many it opened (sent or not). */
export async function scheduleDigests(ctx: Pick<Context, 'em' | 'clock' | 'config'>): Promise<number> {
  const now = ctx.clock.now();
  const due = await rawSql<Array<{ user_id: string; local_date: string }>>(
    ctx.em,
    `select u.id::text as user_id, to_char(l.local_at::date, 'YYYY-MM-DD') as local_date
       from app_user u join organization o on o.id = u.organization_id
       cross join lateral (select ?::timestamptz at time zone o.time_zone as local_at) l
      where u.active and extract(hour from l.local_at) >= ?
        and not exists (select 1 from mail_digest d where d.user_id = u.id and d.local_date = l.local_at::date)
      order by u.id`,
    [now, ctx.config.mail.digestHour],
  );
  let opened = 0;
  let dayBefore: Promise<string> | null = null;
  // Read once per pass, and only when someone has their first digest (a scan of the log by time).
  const firstBound = () => (dayBefore ??= lastEventBefore(ctx.em, new Date(now.getTime() - DAY_MS)));
  for (const d of due) opened += Number(await openDigest(ctx.em, d.user_id, d.local_date, firstBound));
  return opened;
}

/** The person's digest of this local day, with its job when it has anything to say; false when another pass opened it. */
function openDigest(em: EntityManager, userId: string, localDate: string, firstBound: () => Promise<string>): Promise<boolean> {
  return labelledTransaction(em, async (tx) => {
    const after = await previousBound(tx, userId, firstBound);
    const upto = (await latestEventId(tx)) ?? '0';
    const [row] = await rawSql<Array<{ id: string }>>(
      tx,
      `insert into mail_digest (id, user_id, local_date, after_event_id, upto_event_id) values (gen_random_uuid(), ?, ?, ?, ?)
       on conflict (user_id, local_date) do nothing returning id`,
      [userId, localDate, after, upto],
    );
    if (!row) return false;
    const user = await tx.findOneOrFail(User, { id: userId }, { populate: ['organization'] });
    const items = await digestItems(tx, personViewer(user, { expiresAt: null }), after, upto);
    if (items.length === 0) await settle(tx, row.id, 'SKIPPED', 'nothing to send');
    else await enqueueDigest(tx, row.id, 0);
    return true;
  });
}

/** Where the next digest starts: after the last one's bound, or — for a first digest — after the events of the day before. */
async function previousBound(tx: EntityManager, userId: string, firstBound: () => Promise<string>): Promise<string> {
  const [last] = await rawSql<Array<{ id: string | null }>>(tx, 'select max(upto_event_id)::text as id from mail_digest where user_id = ?', [userId]);
  return last?.id ?? firstBound();
}

async function lastEventBefore(em: EntityManager, at: Date): Promise<string> {
  const [row] = await rawSql<Array<{ id: string | null }>>(em, 'select max(id)::text as id from activity_event where id > 0 and created_at <= ?', [at]);
  return row?.id ?? '0';
}

function enqueueDigest(tx: EntityManager, digestId: string, delayMs: number): Promise<void> {
  return addJob(tx, TaskName.mailDigest, { digestId }, { jobKey: `digest:${digestId}`, delayMs });
}

type Row = { id: string; user_id: string; local_date: string; after_event_id: string; upto_event_id: string; status: string; attempt_count: number };

/** Sends one digest (the mail_digest job); a row already settled is left alone. */
export async function sendDigest(ctx: SendCtx, transport: MailTransport, digestId: string): Promise<void> {
  await labelledTransaction(ctx.em, async (tx) => {
    const [row] = await rawSql<Row[]>(
      tx,
      `select id, user_id::text as user_id, to_char(local_date, 'YYYY-MM-DD') as local_date, after_event_id::text as after_event_id,
              upto_event_id::text as upto_event_id, status, attempt_count from mail_digest where id = ? for update`,
      [digestId],
    );
    if (!row || row.status !== 'PENDING') return;
    const user = await tx.findOne(User, { id: row.user_id }, { populate: ['organization'] });
    if (!user?.active) return settle(tx, row.id, 'SKIPPED', 'the person is no longer active');
    const items = await digestItems(tx, personViewer(user, { expiresAt: null }), row.after_event_id, row.upto_event_id);
    if (items.length === 0) return settle(tx, row.id, 'SKIPPED', 'nothing left to send');
    try {
      await transport.send(await compose(ctx, tx, user, row, items), `digest-${row.local_date}-${row.id}`);
    } catch (err) {
      return retryLater(tx, ctx, row, err);
    }
    await rawSql(tx, `update mail_digest set status = 'SENT', sent_at = now(), attempt_count = attempt_count + 1, last_error = null where id = ?`, [row.id], 'run');
  });
}

async function compose(ctx: SendCtx, tx: EntityManager, user: User, row: Row, items: DigestItem[]) {
  const kinds = [...new Set(items.map((i) => i.kind))] as NotificationKind[];
  return renderDigest({
    from: ctx.config.mail.from,
    to: { name: user.name, address: user.email },
    // Fixed per digest, so that a retry repeats it.
    messageId: `<digest-${row.id}@${domainOf(ctx.config.mail.from)}>`,
    localDate: row.local_date,
    groups: await groupsOf(tx, items, ctx.config.mail.publicUrl),
    publicUrl: ctx.config.mail.publicUrl,
    unsubscribe: await Promise.all(kinds.map(async (kind) => ({ kind, url: await unsubscribeUrl(ctx, user.id, kind) }))),
  });
}

/** The lines by pairing (labelled "NPEDC → JPC · topic"), then by proposal (its topic), then the rest (the inbox). */
async function groupsOf(tx: EntityManager, items: DigestItem[], publicUrl: string): Promise<DigestGroup[]> {
  const pairingIds = [...new Set(items.flatMap((i) => (i.pairingId ? [i.pairingId] : [])))];
  const proposalIds = [...new Set(items.flatMap((i) => (!i.pairingId && i.proposalId ? [i.proposalId] : [])))];
  const pairings = await rawSql<Array<{ id: string; label: string }>>(
    tx,
    `select p.id::text as id, s.acronym || ' → ' || h.acronym || ' · ' || pr.topic as label from pairing p
       join organization s on s.id = p.sending_organization_id join organization h on h.id = p.host_organization_id
       join proposal pr on pr.id = p.proposal_id where p.id = any(?::uuid[])`,
    [`{${pairingIds.join(',')}}`],
  );
  const proposals = await rawSql<Array<{ id: string; label: string }>>(tx, 'select id::text as id, topic as label from proposal where id = any(?::uuid[])', [`{${proposalIds.join(',')}}`]);
  const groups = new Map<string, DigestGroup>();
  for (const p of pairingIds) groups.set(p, { title: `Pairing ${pairings.find((x) => x.id === p)?.label ?? ''}`, link: `${publicUrl}/pairings/${p}`, lines: [] });
  for (const p of proposalIds) groups.set(p, { title: `Proposal ${proposals.find((x) => x.id === p)?.label ?? ''}`, link: `${publicUrl}/proposals/${p}`, lines: [] });
  groups.set('', { title: 'Other alerts', link: `${publicUrl}/inbox`, lines: [] });
  for (const i of items) groups.get(i.pairingId ?? i.proposalId ?? '')!.lines.push(i.summary);
  return [...groups.values()].filter((g) => g.lines.length > 0);
}

async function retryLater(tx: EntityManager, ctx: SendCtx, row: Row, err: unknown): Promise<void> {
  const attempts = row.attempt_count + 1;
  ctx.logger.warn({ module: 'mail', digestId: row.id, attempts, err: String(err) }, 'sending a digest failed; it is retried later');
  if (attempts >= ctx.config.mail.maxAttempts) return settle(tx, row.id, 'FAILED', String(err), 1);
  await rawSql(tx, 'update mail_digest set attempt_count = ?, last_error = ? where id = ?', [attempts, String(err).slice(0, 1000), row.id], 'run');
  await enqueueDigest(tx, row.id, retryDelayMs(ctx, attempts));
}

async function settle(tx: EntityManager, id: string, status: 'SKIPPED' | 'FAILED', why: string, attempted = 0): Promise<void> {
  await rawSql(tx, 'update mail_digest set status = ?, last_error = ?, attempt_count = attempt_count + ? where id = ?', [status, why.slice(0, 1000), attempted, id], 'run');
}
