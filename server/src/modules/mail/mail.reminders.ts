// Deadline reminders, produced by the periodic mail_schedule job from the injected clock: a round
// closing in 7 days and in 1 day (to the NPO admins of each organization with a draft under its
// call), a scheduled meeting starting within 24 hours (to both sides of the pairing, as every
// pairing alert), and a follow-up past its due day in its owner's zone (to the owner). Each is an
// event with DEADLINE inbox alerts; the mail dispatcher mails them like any alert. Its key goes
// into mail_reminder in the event's own transaction (`on conflict do nothing`): whichever
// instance inserts it records the event, every other finds the key taken and records nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import { rawSql } from '../../db/raw-sql.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { audienceOf, recordPairingEvent } from '../pairing/pairing.service.js';
import { ReminderEvent } from './mail.kinds.js';

type Ctx = Pick<Context, 'em' | 'clock'>;

export const TOKYO = 'Asia/Tokyo';

/** "Mon 14 Dec 2026, 20:44 (Asia/Kathmandu)". */
export const instantIn = (at: Date, zone: string): string => `${DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL yyyy, HH:mm')} (${zone})`;

/** Produces every reminder due now that was not produced before; returns how many it produced. */
export async function produceReminders(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  let n = 0;
  for (const r of await dueRounds(ctx.em, now)) n += Number(await remindOnce(ctx.em, r.key, (tx, record) => remindRound(tx, record, r)));
  for (const m of await dueMeetings(ctx.em, now)) n += Number(await remindOnce(ctx.em, m.key, (tx, record) => remindMeeting(tx, record, m.pairing_id)));
  for (const f of await overdueFollowUps(ctx.em, now)) n += Number(await remindOnce(ctx.em, f.key, (tx, record) => remindFollowUp(tx, record, f.id)));
  return n;
}

/** Runs `work` with the key inserted in the same transaction; false (nothing done) when the key was taken. */
function remindOnce(em: EntityManager, key: string, work: (tx: EntityManager, record: RecordEvent) => Promise<void>): Promise<boolean> {
  return runInTransaction(em, async (tx, record) => {
    const taken = await rawSql<Array<{ key: string }>>(tx, 'insert into mail_reminder (key) values (?) on conflict (key) do nothing returning key', [key]);
    if (taken.length === 0) return false;
    await work(tx, record);
    return true;
  });
}

const notRemindedYet = (keySql: string) => `not exists (select 1 from mail_reminder k where k.key = ${keySql})`;

type DueRound = {
  key: string;
  round_id: string;
  ordinal: number;
  closes_at: Date;
  lead: '7d' | '1d';
  org_id: string;
  acronym: string;
  time_zone: string;
  title: string;
  project_code: string;
  proposal_ids: string[];
  topics: string[];
};

/**
 * For each published call, its open round (the earliest not closed) when it closes within 7 days:
 * the "7d" reminder while more than a day is left, the "1d" one in the last day; one per
 * organization with drafts under the call.
 */
async function dueRounds(em: EntityManager, now: Date): Promise<DueRound[]> {
  return rawSql<DueRound[]>(
    em,
    `with open_round as (
       select distinct on (r.notification_id) r.id, r.notification_id, r.ordinal, r.closes_at
         from application_round r join project_notification n on n.id = r.notification_id
        where n.status = 'PUBLISHED' and r.closes_at >= ?::timestamptz
        order by r.notification_id, r.ordinal),
     due as (
       select r.*, case when r.closes_at - ?::timestamptz <= interval '1 day' then '1d' else '7d' end as lead
         from open_round r where r.closes_at - ?::timestamptz <= interval '7 days')
     select * from (
       select 'round:' || d.id || ':' || o.id || ':' || d.lead as key, d.id::text as round_id, d.ordinal, d.closes_at, d.lead,
              o.id::text as org_id, o.acronym, o.time_zone, n.title, n.project_code,
              array_agg(p.id::text order by p.created_at, p.id) as proposal_ids, array_agg(p.topic order by p.created_at, p.id) as topics
         from due d join project_notification n on n.id = d.notification_id
         join proposal p on p.notification_id = d.notification_id and p.status = 'DRAFT'
         join organization o on o.id = p.sending_organization_id
        group by d.id, d.ordinal, d.closes_at, d.lead, o.id, n.id) c
     where ${notRemindedYet('c.key')}
     order by c.key`,
    [now, now, now],
  );
}

async function remindRound(tx: EntityManager, record: RecordEvent, r: DueRound): Promise<void> {
  const admins = await rawSql<Array<{ id: string }>>(tx, `select id::text as id from app_user where organization_id = ? and active and role = 'NPO_ADMIN' order by id`, [r.org_id]);
  const closesAt = new Date(r.closes_at);
  const drafts = r.topics.length === 1 ? `your draft “${r.topics[0]}” is` : `${r.topics.length} drafts (${r.topics.map((t) => `“${t}”`).join(', ')}) are`;
  const summary =
    `Round ${r.ordinal} of ${r.project_code} “${r.title}” closes in ${r.lead === '7d' ? '7 days' : '1 day'}: ` +
    `${instantIn(closesAt, r.time_zone)}, ${instantIn(closesAt, TOKYO)}; ${drafts} not submitted yet (${r.acronym}).`;
  record({
    type: ReminderEvent.ROUND,
    subjectType: 'ApplicationRound',
    subjectId: r.round_id,
    audienceOrgIds: [r.org_id],
    payload: { roundId: r.round_id, organizationId: r.org_id, closesAt: closesAt.toISOString(), lead: r.lead, proposalId: r.proposal_ids[0], proposalIds: r.proposal_ids },
    inbox: admins.map((a) => ({ userId: a.id, kind: 'DEADLINE', summary })),
  });
}

/** Scheduled meetings starting within 24 hours; the key names the start, so a rescheduled meeting is reminded again. */
function dueMeetings(em: EntityManager, now: Date): Promise<Array<{ key: string; pairing_id: string }>> {
  const key = `'meeting:' || p.id || ':' || floor(extract(epoch from m.starts_at))::bigint || ':24h'`;
  return rawSql(
    em,
    `select ${key} as key, p.id::text as pairing_id from pairing p join meeting_plan m on m.pairing_id = p.id
      where p.status = ? and m.starts_at > ?::timestamptz and m.starts_at <= ?::timestamptz + interval '24 hours' and ${notRemindedYet(key)}
      order by m.starts_at, p.id`,
    [PairingStatus.MEETING_SCHEDULED, now, now],
  );
}

async function remindMeeting(tx: EntityManager, record: RecordEvent, pairingId: string): Promise<void> {
  const p = await tx.findOneOrFail(Pairing, { id: pairingId }, { populate: ['sendingOrganization', 'hostOrganization', 'proposal'] });
  const [plan] = await rawSql<Array<{ starts_at: Date }>>(tx, 'select starts_at from meeting_plan where pairing_id = ?', [p.id]);
  const startsAt = new Date(plan.starts_at);
  const zones = [...new Set([p.sendingOrganization.getEntity().timeZone, p.hostOrganization.getEntity().timeZone])];
  await recordPairingEvent(tx, record, null, p, {
    type: ReminderEvent.MEETING,
    payload: { startsAt: startsAt.toISOString() },
    alerts: [{ kind: 'DEADLINE', orgIds: audienceOf(p), summary: `the meeting on “${p.proposal.getEntity().topic}” starts in 24 hours: ${zones.map((z) => instantIn(startsAt, z)).join(', ')}` }],
  });
}

const OPEN_FOLLOW_UPS = `('PROPOSED', 'AGREED', 'IN_PROGRESS')`;

/** Unfinished follow-ups of pairings in their follow-up phase whose due day has ended in the owner's zone. */
function overdueFollowUps(em: EntityManager, now: Date): Promise<Array<{ key: string; id: string }>> {
  const key = `'follow-up:' || f.id || ':' || f.due_date || ':overdue'`;
  return rawSql(
    em,
    `select ${key} as key, f.id::text as id from follow_up_activity f
       join pairing p on p.id = f.pairing_id join organization o on o.id = f.owner_organization_id
      where f.due_date is not null and f.status in ${OPEN_FOLLOW_UPS} and p.status in (?, ?)
        and (?::timestamptz at time zone o.time_zone)::date > f.due_date and ${notRemindedYet(key)}
      order by f.due_date, f.id`,
    [PairingStatus.MEETING_HELD, PairingStatus.FOLLOW_UP, now],
  );
}

async function remindFollowUp(tx: EntityManager, record: RecordEvent, id: string): Promise<void> {
  const f = await tx.findOneOrFail(FollowUpActivity, { id }, { populate: ['pairing', 'pairing.sendingOrganization', 'pairing.hostOrganization'] });
  const [thread] = await rawSql<Array<{ id: string }>>(tx, 'select id::text as id from thread where follow_up_id = ?', [f.id]);
  await recordPairingEvent(tx, record, null, f.pairing.getEntity(), {
    type: ReminderEvent.FOLLOW_UP,
    subjectType: 'FollowUpActivity',
    subjectId: f.id,
    payload: { followUpId: f.id, threadId: thread?.id ?? null, dueDate: f.dueDate, status: f.status },
    alerts: [{ kind: 'DEADLINE', orgIds: [f.ownerOrganization.id], summary: `follow-up activity “${f.title}” was due on ${f.dueDate} and is still ${f.status}` }],
  });
}
