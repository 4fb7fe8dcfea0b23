// What one person's daily digest lists, between two event ids: the inbox alerts of the kinds they
// get in the digest, and — when THREAD_MESSAGE is in the digest — the messages posted in the
// threads of their organization's pairings (the readers of mail.thread-messages.ts: not their own,
// not those that mention them, which are MENTION alerts). Read at scheduling time (is there
// anything?) and again at sending time with the person's choices and visibility then, so that
// what they may no longer see never goes in.
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql } from '../../db/raw-sql.js';
import { canSeeEvent } from '../../events/index.js';
import type { Viewer } from '../auth/viewer.js';
import { NotificationDelivery, NotificationKind, notificationKindOf } from './mail.kinds.js';
import { deliveriesOf } from './mail.preferences.js';
import { messageSummaries } from './mail.thread-messages.js';

export type DigestItem = {
  eventId: string;
  kind: NotificationKind;
  summary: string;
  at: Date;
  pairingId: string | null;
  proposalId: string | null;
};

/** At most this many lines in one digest; the rest wait in the inbox. */
export const DIGEST_MAX_ITEMS = 200;

type Row = { event_id: string; kind: string; summary: string; type: string; payload: Record<string, unknown>; audience_org_ids: string[]; audience_public: boolean; created_at: Date };

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function itemOf(r: Row, kind: NotificationKind, summary: string): DigestItem {
  return { eventId: r.event_id, kind, summary, at: new Date(r.created_at), pairingId: str(r.payload.pairingId), proposalId: str(r.payload.proposalId) };
}

const visible = (viewer: Viewer, r: Row) => canSeeEvent(viewer, { audienceOrgIds: r.audience_org_ids, audiencePublic: r.audience_public });

/** The person's digest lines of the events after `after` up to `upto`, oldest first. */
export async function digestItems(em: EntityManager, viewer: Viewer, after: string, upto: string): Promise<DigestItem[]> {
  const userId = viewer.userId!;
  const wants = (await deliveriesOf(em, [userId])).get(userId)!;
  const inDigest = (k: NotificationKind | null): k is NotificationKind => k !== null && wants.get(k) === NotificationDelivery.DAILY_DIGEST;
  const alerts = await rawSql<Row[]>(
    em,
    `select e.id::text as event_id, i.kind, i.summary, e.type, e.payload, e.audience_org_ids::text[] as audience_org_ids, e.audience_public, e.created_at
       from inbox_item i join activity_event e on e.id = i.event_id
      where i.user_id = ? and i.event_id > ? and i.event_id <= ? order by e.id limit ${DIGEST_MAX_ITEMS}`,
    [userId, after, upto],
  );
  const items: DigestItem[] = [];
  for (const r of alerts) {
    const kind = notificationKindOf(r.kind, r.type);
    if (inDigest(kind) && visible(viewer, r)) items.push(itemOf(r, kind, r.summary));
  }
  if (wants.get(NotificationKind.THREAD_MESSAGE) === NotificationDelivery.DAILY_DIGEST) items.push(...(await threadMessages(em, viewer, after, upto)));
  return items.sort((a, b) => Number(BigInt(a.eventId) - BigInt(b.eventId))).slice(0, DIGEST_MAX_ITEMS);
}

/** Messages posted by others in the threads of the person's organization's pairings (still there, not mentioning them). */
async function threadMessages(em: EntityManager, viewer: Viewer, after: string, upto: string): Promise<DigestItem[]> {
  const rows = await rawSql<Array<Row & { message_id: string }>>(
    em,
    `select e.id::text as event_id, e.type, e.payload, e.audience_org_ids::text[] as audience_org_ids, e.audience_public, e.created_at, m.id::text as message_id
       from activity_event e
       join pairing p on p.id::text = e.payload->>'pairingId' and ? in (p.sending_organization_id, p.host_organization_id)
       join message m on m.id::text = e.payload->>'messageId' and m.deleted_at is null
      where e.type = 'MESSAGE_POSTED' and e.id > ? and e.id <= ? and coalesce(e.actor_id::text, '') <> ?
        and not exists (select 1 from inbox_item i where i.event_id = e.id and i.user_id = ?)
      order by e.id limit ${DIGEST_MAX_ITEMS}`,
    [viewer.organizationId, after, upto, viewer.userId, viewer.userId],
  );
  const shown = rows.filter((r) => visible(viewer, r));
  const summaries = await messageSummaries(em, shown.map((r) => r.message_id));
  return shown.flatMap((r) => {
    const summary = summaries.get(r.message_id);
    return summary ? [itemOf(r, NotificationKind.THREAD_MESSAGE, summary)] : [];
  });
}
