// Reading proposals as a given viewer. Other features find a proposal through
// `findProposalForViewer` (same visibility as the API) and address proposal events to
// `proposalAudience`. A revision stores the proposal's submitted content under stable names
// (the same the client labels); the diff lists the fields whose values differ, in that order.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../errors.js';
import { containsPattern, sortKeys, type SortableFields } from '../../shared/list-order.js';
import { paginate, type OrderedPageArgs, type Page } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { Proposal } from './proposal.entity.js';
import type { ProposalsFilter } from './proposal.inputs.js';
import { ProposalRevision } from './proposal-revision.entity.js';
import { canSeeProposal, visibleProposalsWhere } from './proposal.policy.js';
import type { ProposalFieldChange } from './proposal.types.js';

/** The proposal, or null when it does not exist or this viewer may not see it. */
export async function findProposalForViewer(em: EntityManager, viewer: Viewer | null, id: string): Promise<Proposal | null> {
  if (!isUuid(id)) return null;
  const p = await em.findOne(Proposal, { id });
  return p && (await canSeeProposal(em, viewer, p)) ? p : null;
}

export async function getProposal(em: EntityManager, viewer: Viewer | null, id: string): Promise<Proposal> {
  const p = await findProposalForViewer(em, viewer, id);
  if (!p) throw notFound('Proposal');
  return p;
}

/** Organizations that may follow a proposal's events: the sending NPO and the host of each of its pairings. */
export async function proposalAudience(em: EntityManager, proposal: Proposal): Promise<string[]> {
  const rows = await em
    .createQueryBuilder(Pairing, 'p')
    .select('p.hostOrganization', true)
    .where({ proposal: proposal.id })
    .execute<Array<{ host_organization_id: string }>>('all', false);
  return [...new Set([proposal.sendingOrganization.id, ...rows.map((r) => r.host_organization_id)])];
}

/** To-one relations read with each proposal of a list, in the same statement. */
export type ProposalJoin = 'sendingOrganization' | 'sendingOrganization.economy' | 'notification' | 'round';

/** How a client may sort proposals (list-order.ts); newest first by default. */
const PROPOSAL_SORTS: SortableFields<Proposal> = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', STATUS: 'status', TITLE: 'topic' };

/** Newest first unless ordered. Filters narrow what the viewer may see; an id that is not one matches nothing. */
export async function listProposals(
  em: EntityManager,
  viewer: Viewer | null,
  filter: ProposalsFilter,
  page: OrderedPageArgs,
  joins: ProposalJoin[] = [],
  count = true,
): Promise<Page<Proposal>> {
  const { order, tag } = sortKeys(page.orderBy, PROPOSAL_SORTS, [['createdAt', 'desc']]);
  const text = containsPattern(filter.text);
  const visible = await visibleProposalsWhere(em, viewer);
  const ids = [filter.notification, filter.sendingOrganization, filter.round].filter((v): v is string => !!v);
  if (!visible || ids.some((id) => !isUuid(id))) return paginate(em, Proposal, { id: null }, page, order, { tag });
  const where: FilterQuery<Proposal>[] = [visible];
  if (filter.notification) where.push({ notification: filter.notification });
  if (filter.status) where.push({ status: filter.status });
  if (filter.statuses) where.push({ status: { $in: filter.statuses } });
  if (filter.sendingOrganization) where.push({ sendingOrganization: filter.sendingOrganization });
  if (filter.economy) where.push({ sendingOrganization: { economy: { code: filter.economy.toUpperCase() } } });
  if (filter.round) where.push({ round: filter.round });
  if (text) where.push({ $or: [{ topic: { $ilike: text } }, { sendingOrganization: { $or: [{ name: { $ilike: text } }, { acronym: { $ilike: text } }] } }] });
  return paginate(em, Proposal, { $and: where }, page, order, { populate: joins as never, count, tag });
}

export async function diffRevisions(em: EntityManager, proposal: Proposal, from: number, to: number): Promise<ProposalFieldChange[]> {
  const revisions = await em.find(ProposalRevision, { proposal: proposal.id, number: { $in: [from, to] } });
  const find = (n: number, field: string) => {
    const r = revisions.find((x) => x.number === n);
    if (!r) throw badInput(field, `This proposal has no revision ${n}.`);
    return r;
  };
  return diffFields(find(from, 'from').fields, find(to, 'to').fields);
}

export const REVISION_FIELDS = [
  'topic',
  'objectives',
  'expectedOutcome',
  'modality',
  'periodStart',
  'periodEnd',
  'plannedParticipants',
  'preferredHostIds',
] as const;

/** The proposal's content now; preferred hosts must be loaded (ids in rank order). */
export function snapshotOf(p: Proposal): Record<string, unknown> {
  const hosts = [...p.preferredHosts.getItems()].sort((a, b) => a.rank - b.rank);
  return {
    topic: p.topic,
    objectives: p.objectives,
    expectedOutcome: p.expectedOutcome,
    modality: p.modality,
    periodStart: p.periodStart ?? null,
    periodEnd: p.periodEnd ?? null,
    plannedParticipants: p.plannedParticipants.map((x) => ({ name: x.name, title: x.title ?? null, qualification: x.qualification })),
    preferredHostIds: hosts.map((h) => h.organization.id),
  };
}

/** Field by field; a field missing from a revision counts as null. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): ProposalFieldChange[] {
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !(REVISION_FIELDS as readonly string[]).includes(k));
  const changes: ProposalFieldChange[] = [];
  for (const field of [...REVISION_FIELDS, ...extra.sort()]) {
    const a = before[field] ?? null;
    const b = after[field] ?? null;
    if (canonical(a) !== canonical(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
