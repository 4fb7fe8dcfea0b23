// Shared steps of every proposal write: load what the viewer may see (NOT_FOUND otherwise),
// check the party, the version and the step; apply validated fields; keep the ranked hosts.
import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate } from '../../calendar-date.js';
import type { Context } from '../../context.js';
import { assertVersion, badInput, conflict, forbidden, notFound } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { ProposalPreferredHost } from './preferred-host.entity.js';
import { Proposal } from './proposal.entity.js';
import type { ProposalFieldsInput } from './proposal.inputs.js';
import { canReview, isProposer } from './proposal.policy.js';
import { assertPeriod, assertStep, type Step } from './proposal.rules.js';
import { findProposalForViewer } from './proposal.service.js';

export type WriteCtx = Pick<Context, 'em' | 'viewer' | 'clock'>;
export type Party = 'proposer' | 'reviewer';

/** Visibility → party → version → status, in that order, so that each error says the most useful thing. */
export async function loadForStep(tx: EntityManager, viewer: Viewer, id: string, version: number, party: Party, step: Step): Promise<Proposal> {
  const p = await findProposalForViewer(tx, viewer, id);
  if (!p) throw notFound('Proposal');
  if (party === 'proposer' && !isProposer(viewer, p)) {
    throw forbidden('Only the sending NPO (or the Secretariat, for a proposal it made on its behalf) may do this.');
  }
  if (party === 'reviewer' && !canReview(viewer)) throw forbidden('Only the APO Secretariat reviews proposals.');
  assertVersion('This proposal', p.version, version);
  assertStep(step, p.status);
  return p;
}

/** Turns a lost race between two writers (the `version` column) into CONFLICT with the version that won. */
export async function withConflictVersion<T>(ctx: WriteCtx, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof OptimisticLockError)) throw e;
    const current = await ctx.em.fork().findOne(Proposal, { id }, { fields: ['version'] });
    throw conflict('This proposal was changed by someone else meanwhile. Reload and apply your change again.', { currentVersion: current?.version ?? null });
  }
}

/** Copies the given fields (trimmed); an omitted or null field keeps its value, null dates clear. */
export function applyFields(p: Proposal, input: ProposalFieldsInput): void {
  if (input.topic != null) {
    if (!input.topic.trim()) throw badInput('topic', 'The topic must not be empty.');
    p.topic = input.topic.trim();
  }
  if (input.objectives != null) p.objectives = input.objectives.trim();
  if (input.expectedOutcome != null) p.expectedOutcome = input.expectedOutcome.trim();
  if (input.modality != null) p.modality = input.modality;
  for (const f of ['periodStart', 'periodEnd'] as const) {
    const v = input[f];
    if (v === undefined) continue;
    if (v !== null && !isCalendarDate(v)) throw badInput(f, `${f} must be a real date YYYY-MM-DD, not "${v}".`);
    p[f] = v ?? undefined;
  }
  assertPeriod(p.periodStart, p.periodEnd);
  if (input.plannedParticipants != null) {
    p.plannedParticipants = input.plannedParticipants.map((x, i) => {
      if (!x.name.trim()) throw badInput('plannedParticipants', `Planned participant ${i + 1} needs a name.`);
      return { name: x.name.trim(), ...(x.title?.trim() ? { title: x.title.trim() } : {}), qualification: x.qualification };
    });
  }
}

/**
 * Replaces the ranked preferred hosts: NPO organizations, not the sending one, no duplicates,
 * of the call's hosting economies when it names some.
 * Rows of hosts that stay are re-ranked in place (re-inserting them would clash with the
 * unique (proposal, organization) key before the old row is deleted).
 */
export async function setPreferredHosts(tx: EntityManager, p: Proposal, ids: string[]): Promise<void> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (!isUuid(id)) throw badInput('preferredHostIds', `${id} is not an organization id.`);
    if (seen.has(id)) throw badInput('preferredHostIds', 'Each preferred host may be named only once.');
    if (id === p.sendingOrganization.id) throw badInput('preferredHostIds', 'The sending NPO cannot be its own host.');
    seen.add(id);
  }
  const orgs = ids.length ? await tx.find(Organization, { id: { $in: ids } }, { populate: ['economy'] }) : [];
  const call = await p.notification.loadOrFail();
  const hostingOnly = call.hostingAllMembers || call.hostingEconomies.length === 0 ? null : call.hostingEconomies;
  for (const id of ids) {
    const org = orgs.find((o) => o.id === id);
    if (!org) throw badInput('preferredHostIds', `No organization has the id ${id}.`);
    if (org.kind !== OrganizationKind.NPO) throw badInput('preferredHostIds', `${org.acronym} is not an NPO and cannot host.`);
    const code = org.economy?.getEntity().code;
    if (hostingOnly && (!code || !hostingOnly.includes(code))) {
      throw badInput('preferredHostIds', `${call.projectCode} is hosted only in ${hostingOnly.join(', ')}; ${org.acronym} is not among them.`);
    }
  }
  if (!p.preferredHosts.isInitialized()) await p.preferredHosts.init();
  for (const host of p.preferredHosts.getItems()) {
    if (!seen.has(host.organization.id)) p.preferredHosts.remove(host);
  }
  ids.forEach((id, i) => {
    const kept = p.preferredHosts.getItems().find((h) => h.organization.id === id);
    if (kept) kept.rank = i + 1;
    else p.preferredHosts.add(tx.create(ProposalPreferredHost, { proposal: p, organization: id, rank: i + 1 }));
  });
}

/**
 * Makes the row change even when only the hosts did, so that the version moves on every edit.
 * The time is the injected clock's, nudged past the last change when that clock stands still.
 */
export function touch(p: Proposal, now: Date): void {
  p.updatedAt = new Date(Math.max(now.getTime(), p.updatedAt.getTime() + 1));
}
