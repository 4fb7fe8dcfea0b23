// Demo proposals (DESIGN.md, last section) under the demo call: a handful of NPOs' proposals
// in different states, with a revision per submission and the ActivityEvents each step would
// have left, so that the dashboard and the feed have history on first start. The APPROVED
// ones (NP→JP, LA→TH, MN→KR) are what the pairings seeder pairs. Rows are written directly but
// follow the workflow's rules: submitted in the open round, within the participant limits.
// Idempotent: a proposal whose sending NPO already has one with the same topic is skipped.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { runInTransaction } from '../../events/event-log.js';
import { Modality } from '../../modules/notification/notification.enums.js';
import { ProjectNotification } from '../../modules/notification/notification.entity.js';
import { ApplicationRound } from '../../modules/notification/round.entity.js';
import { openRound } from '../../modules/notification/notification.policy.js';
import { Organization } from '../../modules/organization/organization.entity.js';
import { ProposalPreferredHost } from '../../modules/proposal/preferred-host.entity.js';
import { ProposalRevision } from '../../modules/proposal/proposal-revision.entity.js';
import { Proposal, type PlannedParticipant } from '../../modules/proposal/proposal.entity.js';
import { ProposalStatus, Qualification } from '../../modules/proposal/proposal.enums.js';
import { recordProposalEvent, type ProposalEventType } from '../../modules/proposal/proposal.commands.js';
import { snapshotOf } from '../../modules/proposal/proposal.service.js';
import { User } from '../../modules/user/user.entity.js';
import { DEMO_CALL_CODE } from './demo-notifications.js';
import { SECRETARIAT_EMAIL } from './demo-users.js';

type DemoProposal = {
  from: string;
  hosts: string[];
  status: ProposalStatus;
  topic: string;
  objectives: string;
  expectedOutcome: string;
  modality: Modality;
  participants: PlannedParticipant[];
  comment?: string;
};

const person = (name: string, title: string, qualification: Qualification): PlannedParticipant => ({ name, title, qualification });

export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    from: 'NP', hosts: ['JP', 'KR'], status: ProposalStatus.APPROVED, modality: Modality.FACE_TO_FACE,
    topic: 'Agricultural productivity and food quality: quality management for farmer cooperatives',
    objectives: 'Learn how Japanese agricultural cooperatives apply quality control circles, GAP certification and 5S in post-harvest handling.',
    expectedOutcome: 'A national pilot program on quality management for ten farmer cooperatives in Nepal.',
    participants: [
      person('Sita Sharma', 'Executive Director, NPEDC', Qualification.HIGH_LEVEL_OFFICIAL),
      person('Ram Bahadur Thapa', 'Joint Secretary, Ministry of Agriculture', Qualification.POLICYMAKER),
      person('Anita Gurung', 'Productivity Officer, NPEDC', Qualification.NPO_OFFICIAL),
    ],
  },
  {
    from: 'LA', hosts: ['TH'], status: ProposalStatus.APPROVED, modality: Modality.VIRTUAL,
    topic: 'Lean management for small and medium manufacturers',
    objectives: "Study FTPI's lean consulting model and its certification of lean practitioners.",
    expectedOutcome: 'A lean consulting service for SMEs offered by the LNPO.',
    participants: [
      person('Khamphone Vongsa', 'Director General, LNPO', Qualification.HIGH_LEVEL_OFFICIAL),
      person('Souk Phommachanh', 'Consultant, LNPO', Qualification.NPO_OFFICIAL),
      person('Noy Inthavong', 'Consultant, LNPO', Qualification.NPO_OFFICIAL),
    ],
  },
  {
    from: 'MN', hosts: ['KR', 'JP'], status: ProposalStatus.APPROVED, modality: Modality.HYBRID,
    topic: 'Smart factory adoption for manufacturing SMEs',
    objectives: "Learn how KPC supports SMEs through smart factory diagnosis and government co-funding.",
    expectedOutcome: 'A smart factory readiness assessment tool for Mongolian SMEs.',
    participants: [
      person('Bat-Erdene Dorj', 'Head, MPO', Qualification.HIGH_LEVEL_OFFICIAL),
      person('Oyunaa Ganbold', 'Expert, MPO', Qualification.NPO_OFFICIAL),
    ],
  },
  {
    from: 'VN', hosts: ['SG', 'MY'], status: ProposalStatus.DRAFT, modality: Modality.VIRTUAL,
    topic: 'Green productivity in food processing',
    objectives: 'Learn resource-efficiency assessments for food processors.',
    expectedOutcome: 'A green productivity assessment guide.',
    participants: [person('Nguyen Thi Lan', 'Researcher, VNPI', Qualification.NPO_OFFICIAL)],
  },
  {
    from: 'BD', hosts: ['MY'], status: ProposalStatus.SUBMITTED, modality: Modality.VIRTUAL,
    topic: 'Measuring productivity in the public sector',
    objectives: "Learn MPC's public-sector productivity indicators and regulatory review practice.",
    expectedOutcome: 'A set of productivity indicators for two ministries.',
    participants: [
      person('Abdul Karim', 'Director, NPO Bangladesh', Qualification.HIGH_LEVEL_OFFICIAL),
      person('Farida Akter', 'Research Officer', Qualification.NPO_OFFICIAL),
    ],
  },
  {
    from: 'PK', hosts: ['SG'], status: ProposalStatus.UNDER_REVIEW, modality: Modality.VIRTUAL,
    topic: 'Digital services of an NPO',
    objectives: 'See how Enterprise Singapore runs digital advisory services for SMEs.',
    expectedOutcome: 'A roadmap for online services of NPO Pakistan.',
    participants: [person('Imran Qureshi', 'CEO, NPO Pakistan', Qualification.HIGH_LEVEL_OFFICIAL)],
  },
  {
    from: 'LK', hosts: ['IN', 'JP'], status: ProposalStatus.CHANGES_REQUESTED, modality: Modality.FACE_TO_FACE,
    topic: 'Quality circles in the apparel industry',
    objectives: 'Learn how quality circles are run in apparel factories.',
    expectedOutcome: 'Quality circle facilitators trained for five factories.',
    participants: [person('Nimal Perera', 'Director, NPS', Qualification.HIGH_LEVEL_OFFICIAL), person('Kumari Silva', 'Officer, NPS', Qualification.NPO_OFFICIAL)],
    comment: 'Please name a policymaker among the participants and give the proposed period.',
  },
];

/** The workflow steps that lead to each status, with the event each leaves. */
const PATH: Record<string, Array<[ProposalStatus, ProposalEventType]>> = {
  [ProposalStatus.DRAFT]: [],
  [ProposalStatus.SUBMITTED]: [[ProposalStatus.SUBMITTED, 'PROPOSAL_SUBMITTED']],
  [ProposalStatus.UNDER_REVIEW]: [[ProposalStatus.SUBMITTED, 'PROPOSAL_SUBMITTED'], [ProposalStatus.UNDER_REVIEW, 'PROPOSAL_REVIEW_STARTED']],
  [ProposalStatus.CHANGES_REQUESTED]: [
    [ProposalStatus.SUBMITTED, 'PROPOSAL_SUBMITTED'], [ProposalStatus.UNDER_REVIEW, 'PROPOSAL_REVIEW_STARTED'], [ProposalStatus.CHANGES_REQUESTED, 'PROPOSAL_CHANGES_REQUESTED'],
  ],
  [ProposalStatus.APPROVED]: [
    [ProposalStatus.SUBMITTED, 'PROPOSAL_SUBMITTED'], [ProposalStatus.UNDER_REVIEW, 'PROPOSAL_REVIEW_STARTED'], [ProposalStatus.APPROVED, 'PROPOSAL_APPROVED'],
  ],
};

export async function seedDemoProposals(em: EntityManager, clock: Clock): Promise<void> {
  const call = await em.findOne(ProjectNotification, { projectCode: DEMO_CALL_CODE }, { populate: ['rounds'] });
  if (!call) return; // the notifications seeder did not run: nothing to propose under
  const round = openRound(call.rounds.getItems(), clock.now());
  const secretariat = await em.findOne(User, { email: SECRETARIAT_EMAIL });
  if (!round || !secretariat) return;
  for (const demo of DEMO_PROPOSALS) await seedOne(em, clock, call, round.id, secretariat.id, demo);
}

async function seedOne(em: EntityManager, clock: Clock, call: ProjectNotification, roundId: string, secretariatId: string, demo: DemoProposal): Promise<void> {
  const orgs = await em.find(Organization, { economy: { code: { $in: [demo.from, ...demo.hosts] } } }, { populate: ['economy'] });
  const org = (code: string) => orgs.find((o) => o.economy?.getEntity().code === code);
  const sending = org(demo.from);
  const proposer = await em.findOne(User, { email: `${demo.from.toLowerCase()}@npo.demo` });
  if (!sending || !proposer) return;
  if (await em.count(Proposal, { notification: call.id, sendingOrganization: sending.id, topic: demo.topic })) return;

  const p = await runInTransaction(em, async (tx, record) => {
    const created = tx.create(Proposal, {
      notification: call.id, sendingOrganization: sending.id, proposedBy: proposer.id, topic: demo.topic, objectives: demo.objectives,
      expectedOutcome: demo.expectedOutcome, modality: demo.modality, plannedParticipants: demo.participants,
    });
    demo.hosts.forEach((code, i) => {
      const host = org(code);
      if (host) created.preferredHosts.add(tx.create(ProposalPreferredHost, { proposal: created, organization: host.id, rank: i + 1 }));
    });
    await recordProposalEvent(tx, record, proposer.id, created, 'PROPOSAL_CREATED');
    return created;
  });
  for (const [status, event] of PATH[demo.status]) {
    await runInTransaction(em, async (tx, record) => {
      const q = await tx.findOneOrFail(Proposal, { id: p.id }, { populate: ['preferredHosts'] });
      q.status = status;
      q.updatedAt = new Date();
      const byProposer = status === ProposalStatus.SUBMITTED;
      if (byProposer) {
        q.round = tx.getReference(ApplicationRound, roundId, { wrapped: true });
        q.submittedAt = clock.now();
        tx.create(ProposalRevision, { proposal: q, number: 1, fields: snapshotOf(q), author: proposer.id, createdAt: clock.now() });
      }
      if (status === ProposalStatus.CHANGES_REQUESTED) q.statusReason = demo.comment;
      const decided = status === ProposalStatus.APPROVED || status === ProposalStatus.CHANGES_REQUESTED;
      const alert = decided ? `The APO Secretariat ${status === ProposalStatus.APPROVED ? 'approved' : 'asks for changes to'} "${q.topic}".` : undefined;
      await recordProposalEvent(tx, record, byProposer ? proposer.id : secretariatId, q, event, { alert });
    });
  }
}
