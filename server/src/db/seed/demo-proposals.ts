// Demo proposals (DESIGN.md, last section) under the demo call: a handful of NPOs' proposals,
// one or more in each state, so that the dashboard and the feed have history on first start. Each is
// drafted by its NPO's administrator and moved through the same commands as the API (submit in
// the open round, review by the Secretariat), so revisions, events and alerts are the real
// ones. The APPROVED ones (NP→JP, LA→TH, MN→KR, PH→SG) are what the pairings seeder pairs.
// Idempotent: a proposal whose sending NPO already has one with the same topic is skipped.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { Modality } from '../../modules/notification/notification.enums.js';
import { ProjectNotification } from '../../modules/notification/notification.entity.js';
import { Organization } from '../../modules/organization/organization.entity.js';
import { createProposal, moveProposal, submitProposal } from '../../modules/proposal/proposal.commands.js';
import { Proposal, type PlannedParticipant } from '../../modules/proposal/proposal.entity.js';
import type { CreateProposalInput } from '../../modules/proposal/proposal.inputs.js';
import { ProposalStatus, Qualification } from '../../modules/proposal/proposal.enums.js';
import { actorOf, type DemoCtx } from './demo-actors.js';
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
    from: 'PH', hosts: ['SG'], status: ProposalStatus.APPROVED, modality: Modality.FACE_TO_FACE,
    topic: 'Lean management in public hospitals',
    objectives: [
      'See how Singapore public hospitals apply lean to patient flow in emergency departments.',
      'Learn how daily huddles and 5S are run on the wards and in the pharmacy.',
      'Agree with Enterprise Singapore on coaching for two pilot hospitals in Manila.',
    ].join('\n'),
    expectedOutcome: 'Lean pilots in the emergency departments of two public hospitals, run with the Department of Health.',
    participants: [
      person('Carmela Reyes', 'Vice President, DAP', Qualification.HIGH_LEVEL_OFFICIAL),
      person('Jose Mendoza', 'Undersecretary, Department of Health', Qualification.POLICYMAKER),
      person('Liza Bautista', 'Productivity Specialist, DAP', Qualification.NPO_OFFICIAL),
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
  {
    from: 'ID', hosts: ['KR'], status: ProposalStatus.REJECTED, modality: Modality.VIRTUAL,
    topic: 'Productivity awards for local governments',
    objectives: "Learn how KPC runs its national productivity awards.",
    expectedOutcome: 'An awards scheme for district governments.',
    participants: [person('Dewi Lestari', 'Director, DGTPD', Qualification.HIGH_LEVEL_OFFICIAL)],
    comment: 'An awards scheme is outside the scope of this call, which is about adopting practices on site.',
  },
  {
    from: 'KH', hosts: ['TH'], status: ProposalStatus.WITHDRAWN, modality: Modality.VIRTUAL,
    topic: 'Energy efficiency in garment factories',
    objectives: 'Learn the energy audits FTPI runs for garment factories.',
    expectedOutcome: 'Energy audit practice at the NPC Cambodia.',
    participants: [person('Sokha Chan', 'Officer, NPCC', Qualification.NPO_OFFICIAL)],
    comment: 'We will propose this again next year, with a partner ministry on board.',
  },
];

/** The steps, as the API names them, that lead from a new draft to each status. */
type Step = 'submit' | 'withdraw' | 'startReview' | 'requestChanges' | 'approve' | 'reject';
const PATH: Record<ProposalStatus, Step[]> = {
  [ProposalStatus.DRAFT]: [],
  [ProposalStatus.SUBMITTED]: ['submit'],
  [ProposalStatus.UNDER_REVIEW]: ['submit', 'startReview'],
  [ProposalStatus.CHANGES_REQUESTED]: ['submit', 'startReview', 'requestChanges'],
  [ProposalStatus.APPROVED]: ['submit', 'startReview', 'approve'],
  [ProposalStatus.REJECTED]: ['submit', 'startReview', 'reject'],
  [ProposalStatus.WITHDRAWN]: ['submit', 'withdraw'],
};
/** The steps that carry the demo's comment as their reason. */
const GIVES_REASON: Step[] = ['requestChanges', 'reject', 'withdraw'];

export async function seedDemoProposals(em: EntityManager, clock: Clock): Promise<void> {
  const call = await em.findOne(ProjectNotification, { projectCode: DEMO_CALL_CODE });
  if (!call) return; // the notifications seeder did not run: nothing to propose under
  const secretariat = await actorOf(em, clock, { email: SECRETARIAT_EMAIL });
  if (!secretariat) return;
  for (const demo of DEMO_PROPOSALS) await seedOne(em, clock, call.id, secretariat.ctx, demo);
}

async function seedOne(em: EntityManager, clock: Clock, callId: string, secretariat: DemoCtx, demo: DemoProposal): Promise<void> {
  const proposer = (await actorOf(em, clock, { email: `${demo.from.toLowerCase()}@npo.demo` }))?.ctx;
  if (!proposer) return;
  if (await em.count(Proposal, { notification: callId, sendingOrganization: proposer.viewer.organizationId, topic: demo.topic })) return;
  const hosts = await em.find(Organization, { economy: { code: { $in: demo.hosts } } }, { populate: ['economy'] });
  const hostIdOf = (code: string) => hosts.find((o) => o.economy?.getEntity().code === code)?.id;
  const input: CreateProposalInput = {
    notificationId: callId,
    topic: demo.topic,
    objectives: demo.objectives,
    expectedOutcome: demo.expectedOutcome,
    modality: demo.modality,
    plannedParticipants: demo.participants,
    preferredHostIds: demo.hosts.map(hostIdOf).filter((id): id is string => !!id),
  };
  // Each command gets its own unit of work, as each request does.
  const as = (ctx: DemoCtx): DemoCtx => ({ ...ctx, em: em.fork() });
  let p = await createProposal(as(proposer), input);
  for (const step of PATH[demo.status]) {
    if (step === 'submit') p = await submitProposal(as(proposer), p.id, p.version);
    else p = await moveProposal(as(step === 'withdraw' ? proposer : secretariat), p.id, p.version, step, GIVES_REASON.includes(step) ? demo.comment : undefined);
  }
}
