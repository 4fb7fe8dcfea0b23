// Reading project notifications as a given viewer. Other features find a notification through
// `findNotificationForViewer`, which applies the same visibility rules as the API.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../errors.js';
import { containsPattern, sortKeys, type SortableFields } from '../../shared/list-order.js';
import { paginate, type OrderedPageArgs } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { Economy } from '../economy/economy.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { ProjectNotification } from './notification.entity.js';
import type { NotificationStatus } from './notification.enums.js';
import { canSeeNotification, visibleStatuses } from './notification.policy.js';

export type NotificationFilter = { status?: NotificationStatus | null; search?: string | null };

/** How a client may sort calls (list-order.ts); newest first by default. */
const NOTIFICATION_SORTS: SortableFields<ProjectNotification> = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', STATUS: 'status', TITLE: 'title' };

export function listNotifications(em: EntityManager, viewer: Viewer | null, filter: NotificationFilter, page: OrderedPageArgs) {
  const { order, tag } = sortKeys(page.orderBy, NOTIFICATION_SORTS, [['createdAt', 'desc']]);
  const visible = visibleStatuses(viewer);
  // Asking for a status the viewer may not see yields an empty list, not an error.
  const statuses = filter.status ? visible.filter((s) => s === filter.status) : visible;
  const where: FilterQuery<ProjectNotification> = { status: { $in: [...statuses] } };
  const pattern = containsPattern(filter.search, 'search');
  if (pattern) where.$or = [{ projectCode: { $ilike: pattern } }, { title: { $ilike: pattern } }];
  return paginate(em, ProjectNotification, where, page, order, { tag });
}

/** The notification, or null when it does not exist or this viewer may not see it. */
export async function findNotificationForViewer(em: EntityManager, viewer: Viewer | null, id: string): Promise<ProjectNotification | null> {
  if (!isUuid(id)) return null;
  const n = await em.findOne(ProjectNotification, { id });
  return n && canSeeNotification(viewer, n) ? n : null;
}

export async function getNotification(
  em: EntityManager,
  viewer: Viewer | null,
  by: { id?: string | null; code?: string | null },
): Promise<ProjectNotification> {
  if (!by.id && !by.code) throw badInput('id', 'Give the id or the code of the notification.');
  const n = by.id
    ? await findNotificationForViewer(em, viewer, by.id)
    : await em.findOne(ProjectNotification, { projectCode: by.code!.trim().toUpperCase() });
  if (!n || !canSeeNotification(viewer, n) || (by.code && by.id && n.projectCode !== by.code)) throw notFound('Project notification');
  return n;
}

/** Active economies, read once per unit of work (a request) however many notifications ask. */
const activeEconomies = new WeakMap<EntityManager, Promise<Economy[]>>();

function activeEconomiesOf(em: EntityManager): Promise<Economy[]> {
  let found = activeEconomies.get(em);
  if (!found) activeEconomies.set(em, (found = em.find(Economy, { active: true }, { orderBy: { name: 'asc' } })));
  return found;
}

/**
 * The economies a list of a notification stands for: every active economy when the document
 * says "All Member Countries", otherwise the ones it names.
 */
export async function economiesOf(em: EntityManager, allMembers: boolean, codes: string[]): Promise<Economy[]> {
  const active = await activeEconomiesOf(em);
  if (allMembers) return active;
  if (codes.length === 0) return [];
  const named = await em.find(Economy, { code: { $in: codes } });
  return codes.map((c) => named.find((e) => e.code === c)).filter((e): e is Economy => !!e);
}
