// Reading pairings as a given viewer. Other features (realtime, proposals) find a pairing
// through `findPairingForViewer`, which applies the same visibility rules as the API.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { notFound } from '../../errors.js';
import { paginate, type PageArgs } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { Pairing } from './pairing.entity.js';
import { OrganizationKind } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { PairingAction, type PairingStatus } from './pairing.enums.js';
import { mayDoPairing, maySeePairing, visiblePairingsWhere } from './pairing.policy.js';
import { hasStarted, pairingMachine } from './pairing.rules.js';

export type PairingFilter = { status?: PairingStatus | null; proposal?: string | null; organization?: string | null };

/** The pairing, or null when it does not exist or this viewer may not see it. */
export async function findPairingForViewer(em: EntityManager, viewer: Viewer | null, id: string): Promise<Pairing | null> {
  if (!isUuid(id)) return null;
  const p = await em.findOne(Pairing, { id });
  return p && maySeePairing(viewer, p) ? p : null;
}

export async function getPairing(em: EntityManager, viewer: Viewer | null, id: string): Promise<Pairing> {
  const p = await findPairingForViewer(em, viewer, id);
  if (!p) throw notFound('Pairing');
  return p;
}

/** Newest first; filters narrow what the viewer may see, never widen it. */
export function listPairings(em: EntityManager, viewer: Viewer | null, filter: PairingFilter, page: PageArgs) {
  const parts: FilterQuery<Pairing>[] = [visiblePairingsWhere(viewer)];
  if (filter.status) parts.push({ status: filter.status });
  if (filter.proposal) parts.push(isUuid(filter.proposal) ? { proposal: filter.proposal } : { id: null });
  if (filter.organization) {
    const org = isUuid(filter.organization) ? filter.organization : null;
    parts.push(org ? { $or: [{ sendingOrganization: org }, { hostOrganization: org }] } : { id: null });
  }
  return paginate(em, Pairing, { $and: parts }, page, [['createdAt', 'desc']]);
}

/** Pairings of a proposal that this viewer may see (for `Proposal.pairings`). */
export function pairingsOfProposal(em: EntityManager, viewer: Viewer | null, proposalId: string): Promise<Pairing[]> {
  return em.find(Pairing, { $and: [visiblePairingsWhere(viewer), { proposal: proposalId }] }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * The people who may be mentioned in the pairing's threads: active users of both NPOs and the
 * Secretariat's staff, by name. The pairing itself is only ever handed to those who may see it.
 */
export function pairingMembers(em: EntityManager, p: Pairing, emails?: string[]): Promise<User[]> {
  const where: FilterQuery<User> = {
    active: true,
    organization: { $or: [{ id: { $in: [p.sendingOrganization.id, p.hostOrganization.id] } }, { kind: OrganizationKind.SECRETARIAT }] },
  };
  if (emails) where.email = { $in: emails };
  return em.find(User, where, { orderBy: { name: 'asc', id: 'asc' } });
}

/** The workflow steps this viewer may take now: open from the state, allowed by the policy, and held only once started. */
export async function viewerActionsOf(em: EntityManager, viewer: Viewer | null, now: Date, p: Pairing): Promise<PairingAction[]> {
  const open = pairingMachine.actionsFrom(p.status).filter((a) => mayDoPairing(viewer, a, p));
  if (!open.includes(PairingAction.MARK_HELD)) return open;
  const started = hasStarted(await em.findOne(MeetingPlan, { pairing: p.id }), now);
  return started ? open : open.filter((a) => a !== PairingAction.MARK_HELD);
}
