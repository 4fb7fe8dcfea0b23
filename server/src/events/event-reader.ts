// Reading the outbox (activity_event) by id. The table is the only source of truth:
// announcements (NOTIFY, Redis) just say "look again".
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/auth/viewer.js';
import { rawSql } from '../db/raw-sql.js';
import { audienceSql } from './audience.js';

export type EventRow = {
  id: string;
  type: string;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  audienceOrgIds: string[];
  audiencePublic: boolean;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** When its transaction committed (database clock); null for events older than the column. */
  committedAt?: Date | null;
  /** Users this event put an alert in front of (never sent to clients; inboxChanged matches on it). */
  inboxUserIds: string[];
};

type RawRow = {
  id: string | number;
  type: string;
  subject_type: string;
  subject_id: string;
  actor_id: string | null;
  audience_org_ids: string[] | string | null;
  audience_public: boolean;
  payload: Record<string, unknown> | string | null;
  created_at: Date | string;
  committed_at: Date | string | null;
  inbox_user_ids: string[] | string | null;
};

// The inbox recipients come with the event in the same read, so that inboxChanged costs a query
// only for the events that concern its subscriber, not one per event and subscriber.
const COLUMNS =
  'id, type, subject_type, subject_id, actor_id, audience_org_ids, audience_public, payload, created_at, committed_at, ' +
  'array(select i.user_id::text from inbox_item i where i.event_id = activity_event.id) as inbox_user_ids';

/**
 * Events with id > after in id order. Ids become visible in increasing order (event-log.ts),
 * so a reader that asks again with the last id it got never skips one.
 */
export function readEventsAfter(
  em: EntityManager,
  after: string | null,
  limit: number,
  visibleTo?: { viewer: Viewer | null },
): Promise<EventRow[]> {
  return readEvents(em, { op: '>', id: after, order: 'asc' }, limit, visibleTo ? audienceSql(visibleTo.viewer) : null);
}

/** The newest events the viewer may see, newest first, older than `before` (the activity query). */
export function readEventsBefore(em: EntityManager, viewer: Viewer | null, before: string | null, limit: number): Promise<EventRow[]> {
  return readEvents(em, { op: '<', id: before, order: 'desc' }, limit, audienceSql(viewer));
}

/** The newest event of this type about this subject, or null (a showcase entry's completion time). */
export async function latestEventAbout(em: EntityManager, subjectId: string, type: string): Promise<EventRow | null> {
  const [row] = await readEvents(em, { op: '<', id: null, order: 'desc' }, 1, { sql: 'subject_id = ? and type = ?', params: [subjectId, type] });
  return row ?? null;
}

/** One read of the log: events past a bound, in id order, matching a filter (an audience, a subject; null = all). */
async function readEvents(
  em: EntityManager,
  bound: { op: '>' | '<'; id: string | null; order: 'asc' | 'desc' },
  limit: number,
  filter: { sql: string; params: unknown[] } | null,
): Promise<EventRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (bound.id !== null) {
    where.push(`id ${bound.op} ?`);
    params.push(bound.id);
  }
  if (filter) {
    where.push(filter.sql);
    params.push(...filter.params);
  }
  const sql = `select ${COLUMNS} from activity_event ${where.length ? `where ${where.join(' and ')}` : ''} order by id ${bound.order} limit ${Number(limit)}`;
  // In the EntityManager's transaction when it has one (the webhook dispatcher reads under its cursor lock).
  const rows = await rawSql<RawRow[]>(em, sql, params);
  return rows.map(toEventRow);
}

export async function countVisibleEvents(em: EntityManager, viewer: Viewer | null): Promise<number> {
  const audience = audienceSql(viewer);
  const sql = `select count(*)::int as n from activity_event ${audience ? `where ${audience.sql}` : ''}`;
  const rows = await em.getConnection().execute<Array<{ n: number }>>(sql, audience?.params ?? [], 'all');
  return Number(rows[0].n);
}

/**
 * The id of the newest committed event (null when there is none); with `visibleTo`, the newest
 * that viewer may see, so that it moves only with what they see. Ids become visible in
 * increasing order (event-log.ts), so every event committed later has a greater id. Runs in
 * the EntityManager's transaction when it has one (the dashboard reads it in its snapshot).
 */
export async function latestEventId(em: EntityManager, visibleTo?: { viewer: Viewer | null }): Promise<string | null> {
  const audience = visibleTo ? audienceSql(visibleTo.viewer) : null;
  const sql = `select max(id)::text as id from activity_event ${audience ? `where ${audience.sql}` : ''}`;
  const rows = await rawSql<Array<{ id: string | null }>>(em, sql, audience?.params ?? []);
  return rows[0]?.id ?? null;
}

function toEventRow(r: RawRow): EventRow {
  return {
    id: String(r.id),
    type: r.type,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    actorId: r.actor_id,
    audienceOrgIds: parsePgArray(r.audience_org_ids),
    audiencePublic: !!r.audience_public,
    payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : (r.payload ?? {}),
    createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
    committedAt: r.committed_at === null ? null : r.committed_at instanceof Date ? r.committed_at : new Date(r.committed_at),
    inboxUserIds: parsePgArray(r.inbox_user_ids),
  };
}

function parsePgArray(v: string[] | string | null): string[] {
  if (Array.isArray(v)) return v;
  if (!v || v === '{}') return [];
  return v.replace(/^\{|\}$/g, '').split(',').map((s) => s.replace(/^"|"$/g, ''));
}
