// Proposals for tests: notifications, rounds, proposals and pairings written straight into the
// test database (no API), plus the GraphQL documents the proposal tests share.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestApp } from '../app.js';
import { ProjectNotification } from '../../../server/src/modules/notification/notification.entity.js';
import { Modality, NotificationStatus } from '../../../server/src/modules/notification/notification.enums.js';
import { ApplicationRound } from '../../../server/src/modules/notification/round.entity.js';
import { roundClosesAt } from '../../../server/src/modules/notification/notification.policy.js';
import { Organization } from '../../../server/src/modules/organization/organization.entity.js';
import { Pairing } from '../../../server/src/modules/pairing/pairing.entity.js';
import { ProposalPreferredHost } from '../../../server/src/modules/proposal/preferred-host.entity.js';
import { Proposal, type PlannedParticipant } from '../../../server/src/modules/proposal/proposal.entity.js';
import { ProposalStatus, Qualification } from '../../../server/src/modules/proposal/proposal.enums.js';
import { User } from '../../../server/src/modules/user/user.entity.js';

/** The fixture call's limits and closing days (test/fixtures/apo-notification-25-SN-03-GE-BCN-C.txt). */
export const FIXTURE = {
  participantLimits: { VIRTUAL: 10, FACE_TO_FACE: 4 },
  rounds: ['2025-03-31', '2025-06-30'],
  /** Two instants: just before the end of 31 March and of 30 June 2025 in Tokyo. */
  lastMinuteOfRound1: '2025-03-31T14:59:00.000Z',
  lastMinuteOfRound2: '2025-06-30T14:59:00.000Z',
} as const;

const fork = (app: TestApp) => app.db.orm.em.fork() as EntityManager;
let seq = 0;

/** A call like the fixture (PUBLISHED, 10 virtual / 4 face-to-face, closing 31 March and 30 June 2025). */
export async function buildNotification(
  app: TestApp,
  over: { status?: NotificationStatus; rounds?: string[]; participantLimits?: Record<string, number>; participatingEconomies?: string[]; hostingEconomies?: string[] } = {},
): Promise<ProjectNotification> {
  const em = fork(app);
  seq += 1;
  const n = em.create(ProjectNotification, {
    projectCode: `8${seq % 10}-PR-${String(Math.floor(seq / 10) % 100).padStart(2, '0')}-GE-TST-${String.fromCharCode(65 + (process.pid % 26))}`,
    title: 'Bilateral Cooperation between NPOs (test)',
    status: over.status ?? NotificationStatus.PUBLISHED,
    modality: Modality.HYBRID,
    participantLimits: over.participantLimits ?? { ...FIXTURE.participantLimits },
    participatingAllMembers: !over.participatingEconomies,
    participatingEconomies: over.participatingEconomies ?? [],
    hostingAllMembers: !over.hostingEconomies,
    hostingEconomies: over.hostingEconomies ?? [],
  });
  (over.rounds ?? [...FIXTURE.rounds]).forEach((closesOn, i) =>
    em.create(ApplicationRound, { notification: n, ordinal: i + 1, closesOn, closesAt: roundClosesAt(closesOn) }),
  );
  await em.flush();
  return n;
}

export async function orgId(app: TestApp, economyCode: string): Promise<string> {
  const org = await fork(app).findOneOrFail(Organization, { economy: { code: economyCode.toUpperCase() } });
  return org.id;
}

export async function secretariatId(app: TestApp): Promise<string> {
  return (await fork(app).findOneOrFail(Organization, { kind: 'SECRETARIAT' as never })).id;
}

export const participants = (n: number, qualification = Qualification.NPO_OFFICIAL): PlannedParticipant[] =>
  Array.from({ length: n }, (_, i) => ({ name: `Participant ${i + 1}`, title: 'Consultant', qualification }));

/** A proposal row in any status (for visibility and list tests), proposed by `<code>@npo.demo`. */
export async function buildProposal(
  app: TestApp,
  notification: ProjectNotification,
  sendingCode: string,
  over: { status?: ProposalStatus; hostCodes?: string[]; topic?: string; modality?: Modality } = {},
): Promise<Proposal> {
  const em = fork(app);
  const sending = await em.findOneOrFail(Organization, { economy: { code: sendingCode.toUpperCase() } });
  const user = await em.findOneOrFail(User, { email: `${sendingCode.toLowerCase()}@npo.demo` });
  const p = em.create(Proposal, {
    notification: notification.id,
    sendingOrganization: sending,
    proposedBy: user,
    topic: over.topic ?? `Productivity topic of ${sendingCode.toUpperCase()}`,
    objectives: 'Learn from the host.',
    expectedOutcome: 'An action plan.',
    modality: over.modality ?? Modality.VIRTUAL,
    plannedParticipants: participants(2),
    status: over.status ?? ProposalStatus.DRAFT,
  });
  for (const [i, code] of (over.hostCodes ?? []).entries()) {
    const host = await em.findOneOrFail(Organization, { economy: { code: code.toUpperCase() } });
    em.create(ProposalPreferredHost, { proposal: p, organization: host, rank: i + 1 });
  }
  await em.flush();
  return p;
}

/** Invites `hostCode`'s NPO to host the proposal (what the pairing feature does). */
export async function buildPairing(app: TestApp, proposal: Proposal, hostCode: string): Promise<Pairing> {
  const em = fork(app);
  const host = await em.findOneOrFail(Organization, { economy: { code: hostCode.toUpperCase() } });
  const pairing = em.create(Pairing, { proposal: proposal.id, sendingOrganization: proposal.sendingOrganization.id, hostOrganization: host });
  await em.flush();
  return pairing;
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
