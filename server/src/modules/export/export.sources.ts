// What each CSV export lists: its filters, its columns and its rows, read through the same
// services and visibility as the GraphQL lists (listProposals, listPairings / pairingsWhere), a
// page at a time, so that an export shows exactly what the caller's GraphQL list would.
import type { EntityManager } from '@mikro-orm/postgresql';
import { streamPages } from '../../shared/page-stream.js';
import { paginate } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { FollowUpActivity, FollowUpKind, FollowUpStatus } from '../pairing/follow-up.entity.js';
import { ProjectNotification } from '../notification/notification.entity.js';
import { MeetingPlan } from '../pairing/meeting-plan.entity.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { listPairings, pairingsWhere, type PairingFilter } from '../pairing/pairing.service.js';
import { ProposalStatus } from '../proposal/proposal.enums.js';
import { listProposals } from '../proposal/proposal.service.js';
import type { Cell } from './csv-response.js';
import { enumParam, idParam, type FilterSpec } from './export.filters.js';

export type ExportSource = {
  fileName: string;
  filters: FilterSpec;
  header: string[];
  rows(em: EntityManager, viewer: Viewer, filter: Record<string, string>): AsyncIterable<Cell[]>;
};

const PAIRING_FILTERS: FilterSpec = { status: enumParam(PairingStatus), proposal: idParam, organization: idParam };

const pairingFilterOf = (f: Record<string, string>, status: string | undefined): PairingFilter => ({
  status: (status as PairingStatus) ?? null,
  proposal: f.proposal ?? null,
  organization: f.organization ?? null,
});

/** Delegates and follow-ups belong to pairings: the pairings the caller may see, filtered, and one pairing when `pairing` is given. */
function pairingScope(viewer: Viewer, f: Record<string, string>, status: string | undefined) {
  const where = pairingsWhere(viewer, pairingFilterOf(f, status));
  return f.pairing ? { $and: [where, { id: f.pairing }] } : where;
}

/** Project codes by notification id, read once per export: joining the call's long texts to every row would dominate the export's cost. */
function projectCodes(em: EntityManager): (ids: string[]) => Promise<Map<string, string>> {
  const known = new Map<string, string>();
  return async (ids) => {
    const missing = [...new Set(ids)].filter((id) => !known.has(id));
    if (missing.length) for (const n of await em.find(ProjectNotification, { id: { $in: missing } })) known.set(n.id, n.projectCode);
    return known;
  };
}

const proposals: ExportSource = {
  fileName: 'proposals.csv',
  filters: { notification: idParam, status: enumParam(ProposalStatus), sendingOrganization: idParam, economy: { kind: 'pattern', pattern: /^[A-Za-z]{2}$/, what: 'a two-letter economy code' }, round: idParam },
  header: ['id', 'status', 'topic', 'sending_organization', 'economy', 'project_code', 'round_closes_on', 'modality', 'period_start', 'period_end', 'planned_participants', 'proposed_by_secretariat', 'submitted_at', 'created_at', 'updated_at'],
  rows: (em, viewer, f) => {
    const codesOf = projectCodes(em);
    return streamPages(
      (page) => listProposals(em, viewer, f as Parameters<typeof listProposals>[2], page, ['sendingOrganization', 'sendingOrganization.economy', 'round'], false),
      async (nodes) => {
        const codes = await codesOf(nodes.map((p) => p.notification.id));
        return nodes.map((p) => {
          const org = p.sendingOrganization.getEntity();
          return [p.id, p.status, p.topic, org.acronym, org.economy?.getEntity().code, codes.get(p.notification.id), p.round?.getEntity().closesOn,
            p.modality, p.periodStart, p.periodEnd, p.plannedParticipants.length, p.proposedBySecretariat, p.submittedAt, p.createdAt, p.updatedAt];
        });
      },
      () => em.clear(),
    );
  },
};

const pairings: ExportSource = {
  fileName: 'pairings.csv',
  filters: PAIRING_FILTERS,
  header: ['id', 'status', 'proposal_id', 'topic', 'sending_organization', 'host_organization', 'meeting_modality', 'meeting_starts_at', 'meeting_ends_at', 'status_reason', 'created_at', 'updated_at'],
  rows: (em, viewer, f) =>
    streamPages(
      (page) => listPairings(em, viewer, pairingFilterOf(f, f.status), page, ['proposal', 'sendingOrganization', 'hostOrganization'], false),
      async (nodes) => {
        const plans = new Map((await em.find(MeetingPlan, { pairing: { $in: nodes.map((p) => p.id) } })).map((m) => [m.pairing.id, m]));
        return nodes.map((p) => {
          const plan = plans.get(p.id);
          return [p.id, p.status, p.proposal.id, p.proposal.getEntity().topic, p.sendingOrganization.getEntity().acronym, p.hostOrganization.getEntity().acronym,
            plan?.modality, plan?.startsAt, plan?.endsAt, p.statusReason, p.createdAt, p.updatedAt];
        });
      },
      () => em.clear(),
    ),
};

const PLAN_JOINS = ['pairing', 'pairing.proposal', 'pairing.sendingOrganization', 'pairing.hostOrganization'] as const;

const delegates: ExportSource = {
  fileName: 'delegates.csv',
  filters: { ...PAIRING_FILTERS, pairing: idParam },
  header: ['pairing_id', 'pairing_status', 'topic', 'sending_organization', 'host_organization', 'meeting_starts_at', 'name', 'title', 'organization', 'qualification'],
  rows: (em, viewer, f) =>
    streamPages(
      (page) => paginate(em, MeetingPlan, { pairing: pairingScope(viewer, f, f.status) }, page, [], { populate: PLAN_JOINS as never, count: false }),
      (plans) =>
        plans.flatMap((plan) => {
          const p = plan.pairing as Pairing;
          const [sending, host] = [p.sendingOrganization.getEntity(), p.hostOrganization.getEntity()];
          return plan.delegates.map((d) => [p.id, p.status, p.proposal.getEntity().topic, sending.acronym, host.acronym, plan.startsAt,
            d.name, d.title, d.organizationId === host.id ? host.acronym : sending.acronym, d.qualification]);
        }),
      () => em.clear(),
    ),
};

const followUps: ExportSource = {
  fileName: 'follow-ups.csv',
  filters: { ...PAIRING_FILTERS, pairingStatus: enumParam(PairingStatus), status: enumParam(FollowUpStatus), kind: enumParam(FollowUpKind), pairing: idParam },
  header: ['id', 'pairing_id', 'topic', 'kind', 'title', 'owner_organization', 'due_date', 'status', 'created_at'],
  rows: (em, viewer, f) =>
    streamPages(
      (page) => {
        const where = { pairing: pairingScope(viewer, f, f.pairingStatus), ...(f.status ? { status: f.status as FollowUpStatus } : {}), ...(f.kind ? { kind: f.kind as FollowUpKind } : {}) };
        return paginate(em, FollowUpActivity, where, page, [['createdAt', 'asc']], { populate: ['pairing.proposal', 'ownerOrganization'] as never, count: false });
      },
      (nodes) =>
        nodes.map((x) => [x.id, x.pairing.id, x.pairing.getEntity().proposal.getEntity().topic, x.kind, x.title, x.ownerOrganization.getEntity().acronym, x.dueDate, x.status, x.createdAt]),
      () => em.clear(),
    ),
};

export const EXPORTS: Record<string, ExportSource> = {
  'proposals.csv': proposals,
  'pairings.csv': pairings,
  'delegates.csv': delegates,
  'follow-ups.csv': followUps,
};
