// Proposals for tests, written straight into the test database (no API), plus the GraphQL
// documents the proposal tests share.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProjectNotification } from '../../../server/src/modules/notification/notification.entity.js';
import { Modality } from '../../../server/src/modules/notification/notification.enums.js';
import { ProposalPreferredHost } from '../../../server/src/modules/proposal/preferred-host.entity.js';
import { Proposal, type PlannedParticipant } from '../../../server/src/modules/proposal/proposal.entity.js';
import { ProposalStatus, Qualification } from '../../../server/src/modules/proposal/proposal.enums.js';
import type { User } from '../../../server/src/modules/user/user.entity.js';
import { buildNotification } from './notifications.js';
import { orgOf, type WithDb } from './organizations.js';
import { demoAdminEmail, demoUser } from './users.js';

export const participants = (n: number, qualification = Qualification.NPO_OFFICIAL): PlannedParticipant[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Participant ${i + 1}`, title: 'Consultant', qualification }));

export type ProposalOverrides = {
  /** Default: a new call like the fixture (buildNotification). */
  notification?: ProjectNotification;
  /** Economy code of the sending NPO; default 'NP'. */
  sending?: string;
  /** Economy codes of the preferred hosts, in rank order; default none. */
  hosts?: string[];
  /** Default: the sending NPO's demo administrator (`np@npo.demo`). */
  proposedBy?: User;
  status?: ProposalStatus;
  topic?: string;
  modality?: Modality;
};

/** A proposal in any status (default a DRAFT of NP), written directly: no events, no revisions. */
export async function buildProposal(app: WithDb, over: ProposalOverrides = {}): Promise<Proposal> {
  const code = (over.sending ?? 'NP').toUpperCase();
  const notification = over.notification ?? (await buildNotification(app));
  const sending = await orgOf(app, code);
  const proposer = over.proposedBy ?? (await demoUser(app, demoAdminEmail(code)));
  const em = app.db.orm.em.fork() as EntityManager;
  const p = em.create(Proposal, {
    notification: notification.id,
    sendingOrganization: sending.id,
    proposedBy: proposer.id,
    topic: over.topic ?? `Productivity topic of ${code}`,
    objectives: 'Learn from the host.',
    expectedOutcome: 'An action plan.',
    modality: over.modality ?? Modality.VIRTUAL,
    plannedParticipants: participants(2),
    status: over.status ?? ProposalStatus.DRAFT,
  });
  for (const [i, host] of (over.hosts ?? []).entries()) {
    em.create(ProposalPreferredHost, { proposal: p, organization: (await orgOf(app, host)).id, rank: i + 1 });
  }
  await em.flush();
  return p;
}

export const PROPOSAL_FIELDS = `id status version topic objectives expectedOutcome modality periodStart periodEnd statusReason proposedBySecretariat submittedAt
  sendingOrganization { id acronym } economy { code } round { ordinal } notification { id }
  preferredHosts { rank organization { id acronym } } plannedParticipants { name title qualification }`;

export const Q = {
  create: `mutation($input: CreateProposalInput!){ createProposal(input:$input){ ${PROPOSAL_FIELDS} } }`,
  update: `mutation($id:ID!,$v:Int!,$input: UpdateProposalInput!){ updateProposal(id:$id,version:$v,input:$input){ ${PROPOSAL_FIELDS} } }`,
  submit: `mutation($id:ID!,$v:Int!){ submitProposal(id:$id,version:$v){ ${PROPOSAL_FIELDS} } }`,
  withdraw: `mutation($id:ID!,$v:Int!,$r:String!){ withdrawProposal(id:$id,version:$v,reason:$r){ ${PROPOSAL_FIELDS} } }`,
  startReview: `mutation($id:ID!,$v:Int!){ startProposalReview(id:$id,version:$v){ ${PROPOSAL_FIELDS} } }`,
  requestChanges: `mutation($id:ID!,$v:Int!,$c:String!){ requestProposalChanges(id:$id,version:$v,comment:$c){ ${PROPOSAL_FIELDS} } }`,
  approve: `mutation($id:ID!,$v:Int!){ approveProposal(id:$id,version:$v){ ${PROPOSAL_FIELDS} } }`,
  reject: `mutation($id:ID!,$v:Int!,$r:String!){ rejectProposal(id:$id,version:$v,reason:$r){ ${PROPOSAL_FIELDS} } }`,
  get: `query($id:ID!){ proposal(id:$id){ ${PROPOSAL_FIELDS} } }`,
  list: `query($filter: ProposalsFilter, $first: Int, $after: String){ proposals(filter:$filter, first:$first, after:$after){
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status topic sendingOrganization { acronym } } } } }`,
};

/** A complete draft input for `createProposal` (2 participants, one preferred host). */
export function draftInput(notificationId: string, over: Record<string, unknown> = {}) {
  return {
    notificationId,
    topic: 'Quality management in agro-food processing',
    objectives: 'Learn how the host runs quality circles in food SMEs.',
    expectedOutcome: 'A pilot program for ten SMEs.',
    modality: 'VIRTUAL',
    periodStart: '2025-09-01',
    periodEnd: '2025-09-05',
    plannedParticipants: participants(2).map((p) => ({ ...p, qualification: p.qualification as string })),
    preferredHostIds: [],
    ...over,
  };
}
