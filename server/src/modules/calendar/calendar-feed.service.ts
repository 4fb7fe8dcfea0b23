// Creating, listing and revoking calendar feeds, and finding the live feed of a secret. The
// secret is returned once (inside the URL) and stored as a hash, like an API token; a revoked
// feed is not found from the next request on.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { paginate, type Page, type PageArgs } from '../../shared/pagination.js';
import { hashToken, newToken } from '../auth/token.js';
import { isSecretariat } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { canManageFeedsOf } from './calendar-feed.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

export const FEED_SECRET_PREFIX = 'bcf_';
const SECRET_SHAPE = /^bcf_[A-Za-z0-9_-]{43}$/;

export async function createCalendarFeed(ctx: Ctx, description: string | null | undefined): Promise<{ secret: string; feed: CalendarFeed }> {
  const viewer = ctx.viewer!;
  if (!canManageFeedsOf(viewer, viewer.organizationId)) throw forbidden('Calendar feeds are created by a signed-in person, not an API token.');
  const { token: secret, hash } = newToken(FEED_SECRET_PREFIX);
  const feed = await runInTransaction(ctx.em, async (tx, record) => {
    const row = tx.create(CalendarFeed, {
      organization: viewer.organizationId,
      description: description?.trim() || undefined,
      createdBy: viewer.userId!,
      secretHash: hash,
      createdAt: ctx.clock.now(),
    });
    await tx.flush();
    record({
      type: 'CALENDAR_FEED_CREATED',
      subjectType: 'CalendarFeed',
      subjectId: row.id,
      actorId: viewer.userId,
      audienceOrgIds: [viewer.organizationId],
      payload: { calendarFeedId: row.id, organizationId: viewer.organizationId },
    });
    return row;
  });
  return { secret, feed };
}

/** Newest first: the viewer's organization's feeds; the Secretariat's list holds every organization's. */
export async function listCalendarFeeds(ctx: Ctx, page: PageArgs): Promise<Page<CalendarFeed>> {
  const viewer = ctx.viewer!;
  if (!canManageFeedsOf(viewer, viewer.organizationId)) throw forbidden('Calendar feeds are listed by a signed-in person, not an API token.');
  const where: FilterQuery<CalendarFeed> = isSecretariat(viewer) ? {} : { organization: viewer.organizationId };
  return paginate(ctx.em, CalendarFeed, where, page, [['createdAt', 'desc']]);
}

export async function revokeCalendarFeed(ctx: Ctx, id: string): Promise<CalendarFeed> {
  const viewer = ctx.viewer!;
  const row = isUuid(id) ? await ctx.em.findOne(CalendarFeed, { id }) : null;
  // Another organization's feed is reported as missing, not as forbidden.
  if (!row || !canManageFeedsOf(viewer, row.organization.id)) throw notFound('Calendar feed');
  if (row.revokedAt) throw badInput('id', 'This calendar feed is already revoked.');
  return runInTransaction(ctx.em, async (_tx, record) => {
    row.revokedAt = ctx.clock.now();
    record({
      type: 'CALENDAR_FEED_REVOKED',
      subjectType: 'CalendarFeed',
      subjectId: row.id,
      actorId: viewer.userId,
      audienceOrgIds: [row.organization.id],
      payload: { calendarFeedId: row.id, organizationId: row.organization.id },
    });
    return row;
  });
}

/** The live feed of a secret, with its organization; null when unknown or revoked. */
export async function findLiveFeed(em: EntityManager, secret: string): Promise<CalendarFeed | null> {
  if (!SECRET_SHAPE.test(secret)) return null;
  return em.findOne(CalendarFeed, { secretHash: hashToken(secret), revokedAt: null }, { populate: ['organization'] });
}
