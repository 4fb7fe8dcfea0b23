// A pairing as other features use it: read as a given viewer (`findPairingForViewer` applies
// the API's visibility rules; realtime and proposals use it), and its events recorded through
// `recordPairingEvent`, so that every pairing event, the workspace's too, has the same
// audience and inbox alerts.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '../../errors.js';
import type { RecordEvent } from '../../events/index.js';
import { containsPattern, sortKeys, type SortableFields } from '../../shared/list-order.js';
import { paginate, type OrderedPageArgs } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { isReportSettled } from '../completion-report/completion-report.policy.js';
import { recipientsIn } from '../inbox/inbox.service.js';
import { OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { User } from '../user/user.entity.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { Pairing } from './pairing.entity.js';
import { PairingAction, type PairingStatus } from './pairing.enums.js';
import { hasStarted, mayDoPairing, maySeePairing, pairingMachine, refusalOf, visiblePairingsWhere, type PairingVerb } from './pairing.policy.js';

/** To-one relations read with the pairing, in the same statement. */
export type PairingJoin = 'hostOrganization' | 'sendingOrganization' | 'proposal';

export type PairingFilter = { status?: PairingStatus | null; proposal?: string | null; organization?: string | null; text?: string | null };

/** The pairing, or null when it does not exist or this viewer may not see it. */
export async function findPairingForViewer(em: EntityManager, viewer: Viewer | null, id: string, joins: PairingJoin[] = []): Promise<Pairing | null> {
  if (!isUuid(id)) return null;
  const p = await em.findOne(Pairing, { id }, { populate: joins });
  return p && maySeePairing(viewer, p) ? p : null;
}

export async function getPairing(em: EntityManager, viewer: Viewer | null, id: string, joins: PairingJoin[] = []): Promise<Pairing> {
  const p = await findPairingForViewer(em, viewer, id, joins);
  if (!p) throw notFound('Pairing');
  return p;
}

/**
 * A pairing to change, with both organizations (in the same statement: an event's inbox lines are
 * labelled with their acronyms): unseen = NOT_FOUND, seen but not allowed `verb` = FORBIDDEN. Every
 * write inside a pairing (its steps, plan, follow-ups, meeting record, showcase) starts here.
 */
export async function pairingForWrite(em: EntityManager, viewer: Viewer | null, id: string, verb: PairingVerb = 'WORK'): Promise<Pairing> {
  const p = await findPairingForViewer(em, viewer, id, ['sendingOrganization', 'hostOrganization']);
  if (!p) throw notFound('Pairing');
  if (!mayDoPairing(viewer, verb, p)) throw forbidden(refusalOf(verb));
  return p;
}

/** The pairings this viewer may see that match the filter; filters narrow, never widen. Exports reuse it. */
export function pairingsWhere(viewer: Viewer | null, filter: PairingFilter): FilterQuery<Pairing> {
  const parts: FilterQuery<Pairing>[] = [visiblePairingsWhere(viewer)];
  if (filter.status) parts.push({ status: filter.status });
  if (filter.proposal) parts.push(isUuid(filter.proposal) ? { proposal: filter.proposal } : { id: null });
  if (filter.organization) {
    const org = isUuid(filter.organization) ? filter.organization : null;
    parts.push(org ? { $or: [{ sendingOrganization: org }, { hostOrganization: org }] } : { id: null });
  }
  const text = containsPattern(filter.text);
  if (text) {
    const org = { $or: [{ name: { $ilike: text } }, { acronym: { $ilike: text } }] };
    parts.push({ $or: [{ proposal: { topic: { $ilike: text } } }, { sendingOrganization: org }, { hostOrganization: org }] });
  }
  return { $and: parts };
}

/** How a client may sort pairings (list-order.ts); TITLE is the proposal's topic. */
const PAIRING_SORTS: SortableFields<Pairing> = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', STATUS: 'status', TITLE: 'proposal.topic' };

/** Newest first unless ordered. `count` false skips the totalCount statement (exports page through without it). */
export function listPairings(em: EntityManager, viewer: Viewer | null, filter: PairingFilter, page: OrderedPageArgs, joins: PairingJoin[] = [], count = true) {
  const { order, tag } = sortKeys(page.orderBy, PAIRING_SORTS, [['createdAt', 'desc']]);
  // A sort on the proposal's topic reads it from the proposal, joined in the same statement.
  const populate = order[0]?.[0] === 'proposal.topic' && !joins.includes('proposal') ? [...joins, 'proposal' as const] : joins;
  return paginate(em, Pairing, pairingsWhere(viewer, filter), page, order, { populate: populate as never, count, tag });
}

/** Pairings of these proposals that this viewer may see, oldest first, by proposal (for `Proposal.pairings`). */
export async function pairingsOfProposals(em: EntityManager, viewer: Viewer | null, proposalIds: string[], joins: PairingJoin[] = []): Promise<Map<string, Pairing[]>> {
  const rows = await em.find(Pairing, { $and: [visiblePairingsWhere(viewer), { proposal: { $in: proposalIds } }] }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: joins });
  const byProposal = new Map<string, Pairing[]>();
  for (const p of rows) {
    const list = byProposal.get(p.proposal.id);
    if (list) list.push(p);
    else byProposal.set(p.proposal.id, [p]);
  }
  return byProposal;
}

/**
 * The people who may be mentioned in the pairing's threads: active users of both NPOs and the
 * Secretariat's staff, by name. The pairing itself is only ever handed to those who may see it.
 */
export function pairingMembers(em: EntityManager, p: Pairing, emails?: string[], alsoUserId?: string): Promise<User[]> {
  const where: FilterQuery<User> = {
    active: true,
    organization: { $or: [{ id: { $in: [p.sendingOrganization.id, p.hostOrganization.id] } }, { kind: OrganizationKind.SECRETARIAT }] },
  };
  // `alsoUserId`: a member read in the same statement (a message's author, for the inbox line).
  if (emails) Object.assign(where, alsoUserId ? { $or: [{ email: { $in: emails } }, { id: alsoUserId }] } : { email: { $in: emails } });
  return em.find(User, where, { orderBy: { name: 'asc', id: 'asc' } });
}

/** The workflow steps this viewer may take now: open from the state, allowed by the policy, and held only once started. */
export async function viewerActionsOf(em: EntityManager, viewer: Viewer | null, now: Date, p: Pairing): Promise<PairingAction[]> {
  const open = pairingMachine.actionsFrom(p.status).filter((a) => mayDoPairing(viewer, a, p));
  // The steps whose guard reads more than the pairing are offered only when it would pass.
  if (open.includes(PairingAction.MARK_HELD) && !hasStarted(await em.findOne(MeetingPlan, { pairing: p.id }), now)) {
    return open.filter((a) => a !== PairingAction.MARK_HELD);
  }
  if (open.includes(PairingAction.COMPLETE) && !(await isReportSettled(em, p.id))) {
    return open.filter((a) => a !== PairingAction.COMPLETE);
  }
  return open;
}

/** Whose inboxes get an alert; the acting person never alerts themself. */
export type Alert = {
  kind: 'INVITED_TO_HOST' | 'PAIRING_CHANGED' | 'MENTION' | 'DEADLINE';
  /** Every active user of these organizations … */
  orgIds?: string[];
  /** … or exactly these users (e.g. the people mentioned in a message). */
  userIds?: string[];
  summary: string;
  /** False when the summary already says where it happened (mentions name their thread). */
  labelled?: boolean;
};

export type PairingEvent = {
  type: string;
  subjectType?: string;
  subjectId?: string;
  payload?: Record<string, unknown>;
  /** Default: the side that did not act gets a PAIRING_CHANGED alert with `summary`. */
  alerts?: Alert[];
  /** What happened, for the inbox list, e.g. "the host accepted the invitation". */
  summary?: string;
};

export const audienceOf = (p: Pairing): string[] => [p.sendingOrganization.id, p.hostOrganization.id];

/** The organizations on the other side of the actor; both sides when the Secretariat acts. */
export function otherSideOf(p: Pairing, viewer: Viewer | null): string[] {
  if (viewer?.organizationId === p.sendingOrganization.id) return [p.hostOrganization.id];
  if (viewer?.organizationId === p.hostOrganization.id) return [p.sendingOrganization.id];
  return audienceOf(p);
}

export async function recordPairingEvent(tx: EntityManager, record: RecordEvent, viewer: Viewer | null, p: Pairing, e: PairingEvent): Promise<void> {
  await tx.flush();
  const alerts = e.alerts ?? [{ kind: 'PAIRING_CHANGED', orgIds: otherSideOf(p, viewer), summary: e.summary ?? e.type }];
  // Read only when an alert is labelled: mentions and reactions do without it.
  const label = alerts.some((a) => a.labelled !== false) ? await labelOf(p) : '';
  const inbox: Array<{ userId: string; kind: string; summary: string }> = [];
  const seen = new Set<string>(viewer?.userId ? [viewer.userId] : []);
  for (const a of alerts) {
    const users = a.userIds ?? (await recipientsIn(tx, a.orgIds ?? []));
    for (const userId of users) {
      if (seen.has(userId)) continue;
      seen.add(userId);
      inbox.push({ userId, kind: a.kind, summary: a.labelled === false ? a.summary : `${label}: ${a.summary}` });
    }
  }
  record({
    type: e.type,
    subjectType: e.subjectType ?? 'Pairing',
    subjectId: e.subjectId ?? p.id,
    actorId: viewer?.userId ?? null,
    audienceOrgIds: audienceOf(p),
    // `status` and `version` are the subject's: the pairing's, unless the caller names another subject's.
    payload: { pairingId: p.id, ...(e.subjectType && e.subjectType !== 'Pairing' ? {} : { status: p.status, version: p.version }), ...e.payload },
    inbox,
  });
}

/**
 * Records a change to a part of the pairing with a row and a version of its own (its meeting plan
 * or record, a follow-up activity) as that part's event. Flushed first, and the event built after:
 * its payload carries the version just written. Returns the part.
 */
export async function recordPartEvent<T extends { id: string }>(
  tx: EntityManager,
  record: RecordEvent,
  viewer: Viewer | null,
  p: Pairing,
  subjectType: string,
  part: T,
  event: () => Omit<PairingEvent, 'subjectType' | 'subjectId'>,
): Promise<T> {
  await tx.flush();
  await recordPairingEvent(tx, record, viewer, p, { ...event(), subjectType, subjectId: part.id });
  return part;
}

/** "NPEDC → JPC", for inbox summaries. */
export async function labelOf(p: Pairing): Promise<string> {
  const [s, h] = await Promise.all([p.sendingOrganization.load(), p.hostOrganization.load()]);
  return `${s?.acronym ?? '?'} → ${h?.acronym ?? '?'}`;
}
