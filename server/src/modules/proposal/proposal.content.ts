// A proposal's content, checked against the world and applied: the call it is made under and
// its open round, the sending NPO, the fields (trimmed; an omitted or null field keeps its
// value, null dates clear), the ranked preferred hosts. Commands call these; each refusal is
// BAD_USER_INPUT (or FORBIDDEN / NOT_FOUND) naming the field.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isCalendarDate } from '../../calendar-date.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import type { ProjectNotification } from '../notification/notification.entity.js';
import { NotificationStatus } from '../notification/notification.enums.js';
import { openRound } from '../notification/notification.policy.js';
import { findNotificationForViewer } from '../notification/notification.service.js';
import type { ApplicationRound } from '../notification/round.entity.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { ProposalPreferredHost } from './preferred-host.entity.js';
import type { Proposal } from './proposal.entity.js';
import type { ProposalFieldsInput } from './proposal.inputs.js';
import { assertPeriod, canProposeFor, describeClosing } from './proposal.policy.js';

/** The call a new proposal is made under: one the viewer may see, PUBLISHED. */
export async function openNotification(tx: EntityManager, viewer: Viewer, id: string): Promise<ProjectNotification> {
  const n = await findNotificationForViewer(tx, viewer, id);
  if (!n) throw notFound('Project notification');
  if (n.status !== NotificationStatus.PUBLISHED) {
    throw badInput('notificationId', `Proposals can only be made under a PUBLISHED notification; ${n.projectCode} is ${n.status}.`);
  }
  return n;
}

/** NPO users propose for their own organization; the Secretariat names the NPO. */
export async function sendingOrganizationFor(tx: EntityManager, viewer: Viewer, requested: string | null): Promise<Organization> {
  if (!isSecretariat(viewer)) {
    if (requested && requested !== viewer.organizationId) throw forbidden('You may only propose for your own organization.');
    return tx.findOneOrFail(Organization, { id: viewer.organizationId });
  }
  if (!requested) throw badInput('sendingOrganizationId', 'Name the sending NPO you propose for.');
  const org = isUuid(requested) && canProposeFor(viewer, requested) ? await tx.findOne(Organization, { id: requested }) : null;
  if (!org) throw badInput('sendingOrganizationId', 'No organization has this id.');
  if (org.kind !== OrganizationKind.NPO) throw badInput('sendingOrganizationId', 'Only an NPO can be the sending organization.');
  return org;
}

/** A call open to some economies only takes proposals from their NPOs. */
export async function assertParticipating(tx: EntityManager, n: ProjectNotification, sending: Organization): Promise<void> {
  if (n.participatingAllMembers || n.participatingEconomies.length === 0) return;
  const economy = sending.economy ? await sending.economy.load() : null;
  if (!economy || !n.participatingEconomies.includes(economy.code)) {
    throw badInput('sendingOrganizationId', `${sending.acronym}'s economy does not take part in ${n.projectCode}.`);
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

export async function roundForFirstSubmission(p: Proposal, now: Date): Promise<ApplicationRound> {
  const n = await p.notification.loadOrFail();
  if (n.status !== NotificationStatus.PUBLISHED) {
    throw badInput('status', `${n.projectCode} is ${n.status}: it takes no submissions.`, { notificationStatus: n.status });
  }
  const rounds = (await n.rounds.load()).getItems();
  const open = openRound(rounds, now);
  if (open) return open;
  const last = [...rounds].sort((a, b) => b.closesAt.getTime() - a.closesAt.getTime())[0];
  if (!last) throw badInput('round', `${n.projectCode} has no application round.`);
  throw badInput('round', `Submissions to ${n.projectCode} closed at ${describeClosing(last.closesOn, last.closesAt)}, the last closing date.`, {
    closedAt: last.closesAt.toISOString(),
  });
}

/** A resubmission keeps its round; the call must still be PUBLISHED or CLOSED. */
export async function assertResubmittable(p: Proposal): Promise<void> {
  const n = await p.notification.loadOrFail();
  if (n.status !== NotificationStatus.PUBLISHED && n.status !== NotificationStatus.CLOSED) {
    throw badInput('status', `${n.projectCode} is ${n.status}: it takes no submissions.`, { notificationStatus: n.status });
  }
}
