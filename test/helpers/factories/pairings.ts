// Pairings for tests: an APPROVED proposal (with its notification) and pairings in any state,
// written straight into the test database; plus the read-only API token of an organization.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TestApp } from '../app.js';
import { ApiScope, ApiToken } from '../../../server/src/modules/api-token/api-token.entity.js';
import { API_TOKEN_PREFIX, newToken } from '../../../server/src/modules/auth/token.js';
import { ProjectNotification } from '../../../server/src/modules/notification/notification.entity.js';
import { Modality, NotificationStatus } from '../../../server/src/modules/notification/notification.enums.js';
import { Organization, OrganizationKind } from '../../../server/src/modules/organization/organization.entity.js';
import { MeetingPlan } from '../../../server/src/modules/pairing/meeting-plan.entity.js';
import { Pairing } from '../../../server/src/modules/pairing/pairing.entity.js';
import { PairingStatus } from '../../../server/src/modules/pairing/pairing.enums.js';
import { ProposalPreferredHost } from '../../../server/src/modules/proposal/preferred-host.entity.js';
import { Proposal } from '../../../server/src/modules/proposal/proposal.entity.js';
import { ProposalStatus, Qualification } from '../../../server/src/modules/proposal/proposal.enums.js';
import { User } from '../../../server/src/modules/user/user.entity.js';

const fork = (app: TestApp) => app.db.orm.em.fork() as EntityManager;

/** The NPO of an economy code (e.g. 'NP'), or the Secretariat for 'APO'. */
export async function org(app: TestApp, code: string): Promise<Organization> {
  const em = fork(app);
  return code === 'APO'
    ? em.findOneOrFail(Organization, { kind: OrganizationKind.SECRETARIAT })
    : em.findOneOrFail(Organization, { economy: { code } });
}

export async function userId(app: TestApp, email: string): Promise<string> {
  return (await fork(app).findOneOrFail(User, { email })).id;
}

export type ProposalOverrides = { sending?: string; preferredHosts?: string[]; topic?: string; modality?: Modality; status?: ProposalStatus };

/** An APPROVED proposal (by default NP, preferring JP) under a notification with the fixture's limits: 10 virtual, 4 face-to-face. */
export async function buildApprovedProposal(app: TestApp, over: ProposalOverrides = {}): Promise<Proposal> {
  const em = fork(app);
  const sending = await org(app, over.sending ?? 'NP');
  const proposer = await em.findOneOrFail(User, { organization: sending.id }, { orderBy: { email: 'asc' } });
  const notification = em.create(ProjectNotification, {
    projectCode: `T-${randomUUID()}`,
    title: 'Bilateral Cooperation between NPOs (test)',
    status: NotificationStatus.PUBLISHED,
    participantLimits: { VIRTUAL: 10, FACE_TO_FACE: 4 },
  });
  const proposal = em.create(Proposal, {
    notification,
    sendingOrganization: sending.id,
    proposedBy: proposer.id,
    topic: over.topic ?? 'Lean management and quality management for SMEs',
    modality: over.modality ?? Modality.VIRTUAL,
    status: over.status ?? ProposalStatus.APPROVED,
  });
  for (const [i, code] of (over.preferredHosts ?? ['JP']).entries()) {
    em.create(ProposalPreferredHost, { proposal, organization: (await org(app, code)).id, rank: i + 1 });
  }
  await em.flush();
  return proposal;
}

export type PairingOverrides = Omit<ProposalOverrides, 'status'> & { host?: string; status?: PairingStatus; plan?: Partial<MeetingPlan> };

/** A pairing in any state (default NP → JP, HOST_INVITED); from PLANNING on it has a meeting plan. */
export async function buildPairing(app: TestApp, over: PairingOverrides = {}): Promise<{ pairing: Pairing; proposal: Proposal }> {
  const proposal = await buildApprovedProposal(app, { ...over, status: undefined });
  const em = fork(app);
  const host = await org(app, over.host ?? 'JP');
  const status = over.status ?? PairingStatus.HOST_INVITED;
  const pairing = em.create(Pairing, { proposal: proposal.id, sendingOrganization: proposal.sendingOrganization.id, hostOrganization: host.id, status });
  if (status !== PairingStatus.HOST_INVITED && status !== PairingStatus.HOST_DECLINED) {
    em.create(MeetingPlan, { pairing, modality: proposal.modality, ...over.plan });
  }
  await em.flush();
  return { pairing, proposal };
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

/** A READ-only API token of an organization, inserted directly. */
export async function readOnlyToken(app: TestApp, code: string, scopes: ApiScope[] = [ApiScope.READ]): Promise<string> {
  const em = fork(app);
  const o = await org(app, code);
  const creator = await em.findOneOrFail(User, { organization: o.id }, { orderBy: { email: 'asc' } });
  const { token, hash } = newToken(API_TOKEN_PREFIX);
  em.create(ApiToken, { name: 'pairing test tool', scopes, organization: o.id, createdBy: creator.id, tokenHash: hash });
  await em.flush();
  return token;
}

/** Events of a subject, oldest first, as stored. */
export async function eventsOf(app: TestApp, subjectId: string) {
  return fork(app)
    .getConnection()
    .execute<Array<{ type: string; subject_type: string; audience_org_ids: string[]; payload: Record<string, any> }>>(
      'select type, subject_type, audience_org_ids, payload from activity_event where subject_id = ? order by id',
      [subjectId],
    );
}

/** Events whose payload names this pairing, oldest first. */
export async function pairingEvents(app: TestApp, pairingId: string) {
  return fork(app)
    .getConnection()
    .execute<Array<{ type: string; subject_type: string; audience_org_ids: string[]; payload: Record<string, any> }>>(
      `select type, subject_type, audience_org_ids, payload from activity_event where payload->>'pairingId' = ? order by id`,
      [pairingId],
    );
}
