// Pairings for tests, in any state, written straight into the test database; plus the people of
// both sides, the plan input the pairing tests share and the events a pairing left.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Modality } from '../../../server/src/modules/notification/notification.enums.js';
import { FollowUpActivity, FollowUpKind, FollowUpStatus } from '../../../server/src/modules/pairing/follow-up.entity.js';
import { MeetingPlan } from '../../../server/src/modules/pairing/meeting-plan.entity.js';
import { Pairing } from '../../../server/src/modules/pairing/pairing.entity.js';
import { PairingStatus } from '../../../server/src/modules/pairing/pairing.enums.js';
import type { Proposal } from '../../../server/src/modules/proposal/proposal.entity.js';
import { ProposalStatus, Qualification } from '../../../server/src/modules/proposal/proposal.enums.js';
import type { TestApp } from '../app.js';
import { orgOf, type WithDb } from './organizations.js';
import { buildProposal, type ProposalOverrides } from './proposals.js';

const fork = (app: WithDb) => app.db.orm.em.fork() as EntityManager;

export type PairingOverrides = Omit<ProposalOverrides, 'status' | 'hosts'> & {
  /** Default: a new APPROVED proposal of `sending` (default NP) that prefers the host. */
  proposal?: Proposal;
  /** Economy code of the hosting NPO; default 'JP'. */
  host?: string;
  /** The proposal's preferred hosts when the factory makes it; default [host]. */
  preferredHosts?: string[];
  status?: PairingStatus;
  plan?: Partial<MeetingPlan>;
};

/** A pairing in any state (default NP → JP, HOST_INVITED); from PLANNING on it has a meeting plan. */
export async function buildPairing(app: WithDb, over: PairingOverrides = {}): Promise<{ pairing: Pairing; proposal: Proposal }> {
  const { proposal: given, host: hostCode = 'JP', preferredHosts, status = PairingStatus.HOST_INVITED, plan, ...proposalOver } = over;
  const proposal = given ?? (await buildProposal(app, { ...proposalOver, status: ProposalStatus.APPROVED, hosts: preferredHosts ?? [hostCode] }));
  const em = fork(app);
  const host = await orgOf(app, hostCode);
  const pairing = em.create(Pairing, { proposal: proposal.id, sendingOrganization: proposal.sendingOrganization.id, hostOrganization: host.id, status });
  if (status !== PairingStatus.HOST_INVITED && status !== PairingStatus.HOST_DECLINED) {
    em.create(MeetingPlan, { pairing, modality: proposal.modality, ...plan });
  }
  await em.flush();
  return { pairing, proposal };
}

/**
 * The two sides of the default pairing (NP sends, JP hosts) and the Secretariat, signed in, with
 * both NPOs' ids; JP signs in as `hostEmail`.
 */
export async function pairingSides(app: TestApp, hostEmail = 'jp@npo.demo'): Promise<{ np: string; jp: string; sec: string; npId: string; jpId: string }> {
  const [np, jp, sec] = await Promise.all(['np@npo.demo', hostEmail, 'secretariat@apo.demo'].map((e) => app.login(e)));
  const [npId, jpId] = (await Promise.all([orgOf(app, 'NP'), orgOf(app, 'JP')])).map((o) => o.id);
  return { np, jp, sec, npId, jpId };
}

/** A follow-up activity of a pairing (default AGREED, owned by the sending NPO), written directly: no thread, no events. */
export async function buildFollowUp(app: WithDb, pairing: Pairing, over: Partial<Pick<FollowUpActivity, 'title' | 'dueDate' | 'status'>> & { owner?: string } = {}): Promise<FollowUpActivity> {
  const em = fork(app);
  const owner = over.owner ? (await orgOf(app, over.owner)).id : pairing.sendingOrganization.id;
  const f = em.create(FollowUpActivity, {
    pairing: pairing.id,
    kind: FollowUpKind.JOINT_PROGRAM,
    title: over.title ?? 'Joint training',
    ownerOrganization: owner,
    dueDate: over.dueDate,
    status: over.status ?? FollowUpStatus.AGREED,
  });
  await em.flush();
  return f;
}

/** A complete, schedulable plan for the GraphQL input: tomorrow + 1 day, one agenda item, `delegates` of the sending NPO. */
export function planInput(sendingOrgId: string, hostOrgId: string, opts: { modality?: Modality; delegates?: number; start?: Date } = {}) {
  const start = opts.start ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const end = new Date(start.getTime() + 3 * 3600 * 1000);
  return {
    modality: opts.modality ?? Modality.VIRTUAL,
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    venue: 'JPC, Tokyo',
    onlineLink: 'https://meet.example.org/bcn',
    agenda: [{ startsAt: start.toISOString(), endsAt: end.toISOString(), topic: 'Lean in SMEs', presenter: 'JPC expert' }],
    delegates: [
      ...Array.from({ length: opts.delegates ?? 2 }, (_, i) => ({
        name: `Delegate ${i + 1}`,
        title: 'Director',
        organizationId: sendingOrgId,
        qualification: Qualification.NPO_OFFICIAL,
      })),
      { name: 'Host Expert', title: 'Senior Consultant', organizationId: hostOrgId, qualification: Qualification.POLICYMAKER },
    ],
  };
}

/** Events of a subject, oldest first, as stored. */
export async function eventsOf(app: WithDb, subjectId: string) {
  return fork(app)
    .getConnection()
    .execute<Array<{ type: string; subject_type: string; audience_org_ids: string[]; payload: Record<string, any> }>>(
      'select type, subject_type, audience_org_ids, payload from activity_event where subject_id = ? order by id',
      [subjectId],
    );
}

/** Events whose payload names this pairing, oldest first. */
export async function pairingEvents(app: WithDb, pairingId: string) {
  return fork(app)
    .getConnection()
    .execute<Array<{ type: string; subject_type: string; audience_org_ids: string[]; payload: Record<string, any> }>>(
      `select type, subject_type, audience_org_ids, payload from activity_event where payload->>'pairingId' = ? order by id`,
      [pairingId],
    );
}
