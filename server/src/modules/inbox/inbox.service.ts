// A person's inbox: alerts written with events (mentions, invitations to host, changes to
// their organization's proposals and pairings). Only the person themself reads or marks them;
// an API token has no inbox.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { paginate, type PageArgs } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { User } from '../user/user.entity.js';
import { InboxItem } from './inbox-item.entity.js';

function mine(viewer: Viewer | null): FilterQuery<InboxItem> {
  return viewer?.userId ? { user: viewer.userId } : { id: null };
}

export function listInbox(em: EntityManager, viewer: Viewer | null, unreadOnly: boolean, page: PageArgs) {
  const where: FilterQuery<InboxItem> = unreadOnly ? { $and: [mine(viewer), { readAt: null }] } : mine(viewer);
  return paginate(em, InboxItem, where, page, [['createdAt', 'desc']]);
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
