// Messages in a thread of one's pairings (THREAD_MESSAGE) put no alert in the inbox — only
// mentions do — so the mail dispatcher finds their readers itself: the active people of the
// pairing's two NPOs who chose to get them IMMEDIATE (the default is the digest), but not the
// author, and not those the message mentions (they get the MENTION mail for the same event).
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql } from '../../db/raw-sql.js';
import type { EventRow } from '../../events/index.js';

export type ThreadMessageAlert = { userId: string; summary: string };

const EXCERPT = 140;

/** The immediate THREAD_MESSAGE alerts of a MESSAGE_POSTED event; none for any other event. */
export async function threadMessageAlerts(tx: EntityManager, event: EventRow): Promise<ThreadMessageAlert[]> {
  const { pairingId, messageId } = event.payload;
  if (event.type !== 'MESSAGE_POSTED' || typeof pairingId !== 'string' || typeof messageId !== 'string') return [];
  const readers = await rawSql<Array<{ id: string }>>(
    tx,
    `select u.id::text as id from app_user u
       join pairing p on p.id = ? and u.organization_id in (p.sending_organization_id, p.host_organization_id)
       join mail_preference mp on mp.user_id = u.id and mp.kind = 'THREAD_MESSAGE' and mp.delivery = 'IMMEDIATE'
      where u.active and u.id::text <> coalesce(?, '') and u.id::text <> all(?::text[])
      order by u.id`,
    [pairingId, event.actorId, `{${event.inboxUserIds.join(',')}}`],
  );
  if (readers.length === 0) return [];
  const summary = (await messageSummaries(tx, [messageId])).get(messageId);
  return summary ? readers.map((r) => ({ userId: r.id, summary })) : [];
}

/** "Author wrote in “thread”: excerpt…" of each of these messages, by id (the alert mail's and the digest's line). */
export async function messageSummaries(em: EntityManager, messageIds: string[]): Promise<Map<string, string>> {
  if (messageIds.length === 0) return new Map();
  const rows = await rawSql<Array<{ id: string; body: string; title: string; author: string }>>(
    em,
    `select m.id::text as id, m.body, t.title, a.name as author from message m join thread t on t.id = m.thread_id join app_user a on a.id = m.author_id
      where m.id = any(?::uuid[])`,
    [`{${messageIds.join(',')}}`],
  );
  return new Map(
    rows.map((m) => {
      const flat = m.body.replace(/\s+/g, ' ').trim();
      return [m.id, `${m.author} wrote in “${m.title}”: ${flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat}`];
    }),
  );
}
