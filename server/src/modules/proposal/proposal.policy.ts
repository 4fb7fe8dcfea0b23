// Who may see and do what with proposals (DESIGN.md "Who may see and do what"):
// - the Secretariat sees every proposal and reviews them;
// - an NPO (its users and API tokens) sees its own organization's proposals, and another
//   NPO's proposal only once it is the host organization of a Pairing of that proposal;
// - the proposer's side (the sending NPO, or the Secretariat for a proposal it made on the
//   NPO's behalf) edits, submits and withdraws.
// A proposal the viewer may not see is reported as NOT_FOUND everywhere, never FORBIDDEN.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import { Pairing } from '../pairing/pairing.entity.js';
import type { Proposal } from './proposal.entity.js';

/** Ids of the proposals this organization was invited to host (one query on `pairing`, no entities loaded). */
export async function hostedProposalIds(em: EntityManager, organizationId: string, proposalIds?: string[]): Promise<string[]> {
  const where: FilterQuery<Pairing> = { hostOrganization: organizationId };
  if (proposalIds) where.proposal = { $in: proposalIds };
  const rows = await em.createQueryBuilder(Pairing, 'p').select('p.proposal', true).where(where).execute<Array<{ proposal_id: string }>>('all', false);
  return rows.map((r) => r.proposal_id);
}

/**
 * The condition that keeps a list to what the viewer may see; null when they may see nothing
 * (anonymous). Costs one query on `pairing` for an NPO, none for the Secretariat.
 */
export async function visibleProposalsWhere(em: EntityManager, viewer: Viewer | null): Promise<FilterQuery<Proposal> | null> {
  if (!viewer) return null;
  if (isSecretariat(viewer)) return {};
  const hosted = await hostedProposalIds(em, viewer.organizationId);
  const own: FilterQuery<Proposal> = { sendingOrganization: viewer.organizationId };
  return hosted.length ? { $or: [own, { id: { $in: hosted } }] } : own;
}

export async function canSeeProposal(em: EntityManager, viewer: Viewer | null, proposal: Proposal): Promise<boolean> {
  if (!viewer) return false;
  if (isSecretariat(viewer) || viewer.organizationId === proposal.sendingOrganization.id) return true;
  return (await hostedProposalIds(em, viewer.organizationId, [proposal.id])).length > 0;
}

/** The proposer's side: the sending NPO, or the Secretariat for a proposal it made on its behalf. */
export function isProposer(viewer: Viewer, proposal: Proposal): boolean {
  if (viewer.organizationId === proposal.sendingOrganization.id) return true;
  return isSecretariat(viewer) && proposal.proposedBySecretariat;
}

/** Only the Secretariat reviews; it never reviews on behalf of anyone else. */
export const canReview = (viewer: Viewer): boolean => isSecretariat(viewer);

/** NPO users propose for their own organization; the Secretariat for any NPO. */
export function canProposeFor(viewer: Viewer, sendingOrganizationId: string): boolean {
  return isSecretariat(viewer) || viewer.organizationId === sendingOrganizationId;
}
