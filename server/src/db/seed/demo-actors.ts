// The demo people as the commands see them: a signed-in session's viewer, built from the user
// row the way the request context builds it, so that the demo seed acts through the same
// commands (and the same policies) as the API.
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { personViewer } from '../../modules/auth/auth.service.js';
import type { Viewer } from '../../modules/auth/viewer.js';
import { User } from '../../modules/user/user.entity.js';

/** What a command takes: the unit of work, who acts, and the time. */
export type DemoCtx = { em: EntityManager; viewer: Viewer; clock: Clock };

/** The first active user that matches (by email), acting at `clock`; null when the demo users are missing. */
export async function actorOf(em: EntityManager, clock: Clock, where: FilterQuery<User>): Promise<{ ctx: DemoCtx; email: string } | null> {
  const user = await em.findOne(User, { $and: [where, { active: true }] }, { populate: ['organization'], orderBy: { email: 'asc' } });
  if (!user) return null;
  return { ctx: { em, viewer: personViewer(user, { expiresAt: null }), clock }, email: user.email };
}
