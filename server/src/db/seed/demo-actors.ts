// The demo people as the commands see them: a signed-in session's viewer, built from the user
// row the way the request context builds it, so that the demo seed acts through the same
// commands (and the same policies) as the API.
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { personViewer } from '../../modules/auth/auth.service.js';
import type { Viewer } from '../../modules/auth/viewer.js';
import type { Proposal } from '../../modules/proposal/proposal.entity.js';
import { Role, User } from '../../modules/user/user.entity.js';

/** What a command takes: the unit of work, who acts, and the time. */
export type DemoCtx = { em: EntityManager; viewer: Viewer; clock: Clock };

/** The first active user that matches (by email), acting at `clock`; null when the demo users are missing. */
export async function actorOf(em: EntityManager, clock: Clock, where: FilterQuery<User>): Promise<{ ctx: DemoCtx; email: string } | null> {
  const user = await em.findOne(User, { $and: [where, { active: true }] }, { populate: ['organization'], orderBy: { email: 'asc' } });
  if (!user) return null;
  return { ctx: { em, viewer: personViewer(user, { expiresAt: null }), clock }, email: user.email };
}

/** The people of one pairing's story: the Secretariat and the administrators of both NPOs. */
export type Cast = { sec: DemoCtx; sending: DemoCtx; host: DemoCtx; sendingEmail: string; hostEmail: string };

/** The cast of a proposal paired with `hostId`, acting at `clock`; null when a demo user is missing. */
export async function castFor(em: EntityManager, clock: Clock, proposal: Proposal, hostId: string): Promise<Cast | null> {
  const sec = await actorOf(em, clock, { role: Role.SECRETARIAT });
  const sending = await actorOf(em, clock, { organization: proposal.sendingOrganization.id, role: Role.NPO_ADMIN });
  const host = await actorOf(em, clock, { organization: hostId, role: Role.NPO_ADMIN });
  if (!sec || !sending || !host) return null;
  return { sec: sec.ctx, sending: sending.ctx, host: host.ctx, sendingEmail: sending.email, hostEmail: host.email };
}
