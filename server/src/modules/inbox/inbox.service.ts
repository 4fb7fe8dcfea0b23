// A person's inbox: alerts written with events (mentions, invitations to host, changes to
// their organization's proposals and pairings). Only the person themself reads or marks them;
// an API token has no inbox.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { containsPattern, sortKeys, type SortableFields } from '../../shared/list-order.js';
import { paginate, type OrderedPageArgs } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { User } from '../user/user.entity.js';
import { InboxItem } from './inbox-item.entity.js';

function mine(viewer: Viewer | null): FilterQuery<InboxItem> {
  return viewer?.userId ? { user: viewer.userId } : { id: null };
}

/** How a client may sort the inbox (list-order.ts): by time or by summary; newest first by default. */
const INBOX_SORTS: SortableFields<InboxItem> = { CREATED_AT: 'createdAt', TITLE: 'summary' };

export type InboxFilter = { unreadOnly: boolean; text?: string | null };

export function listInbox(em: EntityManager, viewer: Viewer | null, filter: InboxFilter, page: OrderedPageArgs) {
  const { order, tag } = sortKeys(page.orderBy, INBOX_SORTS, [['createdAt', 'desc']]);
  const text = containsPattern(filter.text);
  const where: FilterQuery<InboxItem>[] = [mine(viewer)];
  if (filter.unreadOnly) where.push({ readAt: null });
  if (text) where.push({ summary: { $ilike: text } });
  return paginate(em, InboxItem, { $and: where }, page, order, { tag });
}

export function inboxUnreadCount(em: EntityManager, viewer: Viewer | null): Promise<number> {
  return em.count(InboxItem, { $and: [mine(viewer), { readAt: null }] });
}

/** Marks the viewer's own items read; ids of anyone else's items are ignored. */
export async function markInboxRead(em: EntityManager, viewer: Viewer | null, ids: string[], now: Date): Promise<InboxItem[]> {
  const valid = ids.filter(isUuid);
  if (!viewer?.userId || valid.length === 0) return [];
  const items = await em.find(InboxItem, { $and: [mine(viewer), { id: { $in: valid } }] }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  for (const item of items) item.readAt ??= now;
  await em.flush();
  return items;
}

/**
 * Active users of these organizations, who receive an alert; read as plain rows, because a
 * partially loaded User in the unit of work would later be served without its name.
 */
export async function recipientsIn(em: EntityManager, organizationIds: string[], exceptUserId?: string | null): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await em
    .createQueryBuilder(User)
    .select('id')
    .where({ organization: { $in: organizationIds }, active: true })
    .orderBy({ id: 'asc' })
    .execute<Array<{ id: string }>>('all', false);
  return rows.map((r) => r.id).filter((id) => id !== exceptUserId);
}
