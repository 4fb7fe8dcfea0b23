// Every step of a pairing's workflow: invite a host, the host's answer, schedule, held,
// follow-up, complete, cancel. Each is guarded (state and party), takes the version the client
// read (stale = CONFLICT) and records its event in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/event-log.js';
import { participantLimitFor } from '../notification/notification.rules.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { ProposalStatus } from '../proposal/proposal.enums.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { Pairing } from './pairing.entity.js';
import { PairingStatus } from './pairing.enums.js';
import { recordPairingEvent, secretariatIds } from './pairing.events.js';
import { canManagePairings, canRespondAsHost, canSeePairing, canWorkOn } from './pairing.policy.js';
import { assertSchedulable, nextStatus, OPEN_STATUSES, type PairingStep } from './pairing.rules.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;
export const MAX_REASON = 2000;

/** Loads a pairing for a change: unseen = NOT_FOUND, seen but not allowed = FORBIDDEN, stale = CONFLICT. */
export async function loadForWrite(
  tx: EntityManager,
  ctx: Ctx,
  id: string,
  version: number | null,
  may: (p: Pairing) => boolean = (p) => canWorkOn(ctx.viewer, p),
): Promise<Pairing> {
  const p = isUuid(id) ? await tx.findOne(Pairing, { id }) : null;
  if (!p || !canSeePairing(ctx.viewer, p)) throw notFound('Pairing');
  if (!may(p)) throw forbidden('You may not change this pairing.');
  if (version !== null) assertVersion('The pairing', p.version, version);
  return p;
}

export async function createPairing(ctx: Ctx, proposalId: string, hostOrganizationId: string): Promise<Pairing> {
  if (!canManagePairings(ctx.viewer)) throw forbidden('Only the APO Secretariat invites hosts.');
  return runInTransaction(ctx.em, async (tx, record) => {
    const proposal = isUuid(proposalId) ? await tx.findOne(Proposal, { id: proposalId }) : null;
    if (!proposal) throw notFound('Proposal');
    if (proposal.status !== ProposalStatus.APPROVED) {
      throw badInput('proposalId', `Only an APPROVED proposal can be paired; this one is ${proposal.status}.`);
    }
    const host = isUuid(hostOrganizationId) ? await tx.findOne(Organization, { id: hostOrganizationId }, { populate: ['economy'] }) : null;
    if (!host || host.kind !== OrganizationKind.NPO || !host.economy?.getEntity().active) {
      throw badInput('hostOrganizationId', 'The host must be the NPO of an active APO member economy.');
    }
    if (host.id === proposal.sendingOrganization.id) throw badInput('hostOrganizationId', 'The sending NPO cannot host its own proposal.');
    const earlier = await tx.find(Pairing, { proposal: proposal.id });
    if (earlier.some((e) => OPEN_STATUSES.includes(e.status))) {
      throw badInput('proposalId', 'This proposal already has an open pairing; cancel it before inviting another host.');
    }
    if (earlier.some((e) => e.hostOrganization.id === host.id && e.status === PairingStatus.HOST_DECLINED)) {
      throw badInput('hostOrganizationId', `${host.acronym} has already declined to host this proposal.`);
    }
    const p = tx.create(Pairing, { proposal, sendingOrganization: proposal.sendingOrganization.id, hostOrganization: host });
    await recordPairingEvent(tx, record, ctx.viewer, p, {
      type: 'PAIRING_CREATED',
      payload: { proposalId: proposal.id },
      alerts: [
        { kind: 'INVITED_TO_HOST', orgIds: [host.id], summary: `you are invited to host "${proposal.topic}"` },
        { kind: 'PAIRING_CHANGED', orgIds: [proposal.sendingOrganization.id], summary: `${host.acronym} is invited to host "${proposal.topic}"` },
      ],
    });
    return p;
  });
}

export async function respondToHostInvitation(ctx: Ctx, id: string, version: number, accept: boolean, reason: string | null): Promise<Pairing> {
  const why = reason?.trim() ?? '';
  if (!accept && !why) throw badInput('reason', 'Give a reason for declining.');
  if (why.length > MAX_REASON) throw badInput('reason', `reason must be at most ${MAX_REASON} characters.`);
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, ctx, id, version, (x) => canRespondAsHost(ctx.viewer, x));
    p.status = nextStatus(p.status, accept ? 'accept' : 'decline');
    p.statusReason = accept ? undefined : why;
    if (accept) {
      const proposal = await p.proposal.loadOrFail();
      tx.create(MeetingPlan, { pairing: p, modality: proposal.modality });
    }
    // A decline also goes to the Secretariat, who invites the next host.
    const told = accept ? [p.sendingOrganization.id] : [p.sendingOrganization.id, ...(await secretariatIds(tx))];
    await recordPairingEvent(tx, record, ctx.viewer, p, {
      type: accept ? 'PAIRING_HOST_ACCEPTED' : 'PAIRING_HOST_DECLINED',
      payload: { proposalId: p.proposal.id },
      alerts: [{ kind: 'PAIRING_CHANGED', orgIds: told, summary: accept ? 'the host accepted the invitation' : `the host declined: ${why}` }],
    });
    return p;
  });
}

const STEP_EVENTS: Record<string, { type: string; summary: string }> = {
  schedule: { type: 'PAIRING_MEETING_SCHEDULED', summary: 'the meeting is scheduled' },
  held: { type: 'PAIRING_MEETING_HELD', summary: 'the meeting was held' },
  followUp: { type: 'PAIRING_FOLLOW_UP_STARTED', summary: 'follow-up has started' },
  complete: { type: 'PAIRING_COMPLETED', summary: 'the pairing is completed' },
};

/** A plain forward step by either party or the Secretariat. */
export async function advancePairing(ctx: Ctx, id: string, version: number, step: 'schedule' | 'held' | 'followUp' | 'complete'): Promise<Pairing> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, ctx, id, version);
    const to = nextStatus(p.status, step as PairingStep);
    if (step === 'schedule') await checkSchedulable(tx, ctx, p);
    p.status = to;
    await recordPairingEvent(tx, record, ctx.viewer, p, { ...STEP_EVENTS[step], payload: { proposalId: p.proposal.id } });
    return p;
  });
}

async function checkSchedulable(tx: EntityManager, ctx: Ctx, p: Pairing): Promise<void> {
  const plan = await tx.findOneOrFail(MeetingPlan, { pairing: p.id });
  const proposal = await tx.findOneOrFail(Proposal, { id: p.proposal.id }, { populate: ['notification'] });
  const limits = proposal.notification.getEntity().participantLimits;
  const limit = plan.modality ? participantLimitFor(limits, plan.modality) : null;
  assertSchedulable(plan, p.sendingOrganization.id, limit, ctx.clock.now());
}

export async function cancelPairing(ctx: Ctx, id: string, version: number, reason: string): Promise<Pairing> {
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Give a reason for cancelling.');
  if (why.length > MAX_REASON) throw badInput('reason', `reason must be at most ${MAX_REASON} characters.`);
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, ctx, id, version);
    p.status = nextStatus(p.status, 'cancel');
    p.statusReason = why;
    await recordPairingEvent(tx, record, ctx.viewer, p, {
      type: 'PAIRING_CANCELLED',
      payload: { proposalId: p.proposal.id },
      summary: `the pairing was cancelled: ${why}`,
    });
    return p;
  });
}
