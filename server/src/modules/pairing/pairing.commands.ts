// Every step of a pairing's workflow: invite a host, the host's answer, schedule, reschedule,
// held, follow-up, complete, cancel. Each is guarded (state and party, pairing.policy.ts), takes
// the version the client read (stale = CONFLICT) and records its event in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { assertReportSettled, openCompletionReport } from '../completion-report/completion-report.service.js';
import { participantLimitFor } from '../notification/notification.policy.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { isUuid, secretariatOrgIds } from '../organization/organization.service.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { ProposalStatus } from '../proposal/proposal.enums.js';
import { openMeetingRecord } from '../meeting-record/meeting-record.service.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { Pairing } from './pairing.entity.js';
import { PairingAction, PairingStatus } from './pairing.enums.js';
import { audienceOf, pairingForWrite, recordPairingEvent, type Alert } from './pairing.service.js';
import { mayCreatePairing, type PairingVerb } from './pairing.policy.js';
import { assertSchedulable, assertStarted, OPEN_STATUSES, pairingMachine } from './pairing.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;
const MAX_REASON = 2000;

/** Loads a pairing for a step (pairingForWrite), at the version the client read (stale = CONFLICT). */
export async function loadForWrite(tx: EntityManager, ctx: Ctx, id: string, version: number | null, verb: PairingVerb = 'WORK'): Promise<Pairing> {
  const p = await pairingForWrite(tx, ctx.viewer, id, verb);
  if (version !== null) assertVersion('The pairing', p.version, version);
  return p;
}

export async function createPairing(ctx: Ctx, proposalId: string, hostOrganizationId: string): Promise<Pairing> {
  if (!mayCreatePairing(ctx.viewer)) throw forbidden('Only the APO Secretariat invites hosts.');
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

type Step = { type: string; payload?: Record<string, unknown>; summary?: string; alerts?: Alert[] };
type Effect = (tx: EntityManager, ctx: Ctx, p: Pairing, reason: string) => Promise<Step>;

const plainStep = (type: string, summary: string): Effect => async () => ({ type, summary });

/** What each step changes besides the status, and the event it records. */
const EFFECTS: Record<PairingAction, Effect> = {
  [PairingAction.ACCEPT_INVITATION]: async (tx, _ctx, p) => {
    const proposal = await p.proposal.loadOrFail();
    tx.create(MeetingPlan, { pairing: p, modality: proposal.modality });
    // The Secretariat hears of every host decision (issue 12.9).
    const told = [p.sendingOrganization.id, ...(await secretariatOrgIds(tx))];
    return { type: 'PAIRING_HOST_ACCEPTED', alerts: [{ kind: 'PAIRING_CHANGED', orgIds: told, summary: 'the host accepted the invitation' }] };
  },
  [PairingAction.DECLINE_INVITATION]: async (tx, _ctx, p, why) => {
    p.statusReason = why;
    // A decline also goes to the Secretariat, who invites the next host.
    const told = [p.sendingOrganization.id, ...(await secretariatOrgIds(tx))];
    return { type: 'PAIRING_HOST_DECLINED', alerts: [{ kind: 'PAIRING_CHANGED', orgIds: told, summary: `the host declined: ${why}` }] };
  },
  [PairingAction.SCHEDULE]: async (tx, ctx, p) => {
    await checkSchedulable(tx, ctx, p);
    p.statusReason = null; // a rescheduling's reason is answered by the new date
    await raiseCalendarSequence(tx, p); // tentative (or new) → confirmed
    return { type: 'PAIRING_MEETING_SCHEDULED', summary: 'the meeting is scheduled' };
  },
  [PairingAction.RESCHEDULE]: async (tx, _ctx, p, why) => {
    p.statusReason = why; // shown on the pairing until the meeting is scheduled again
    await raiseCalendarSequence(tx, p);
    return {
      type: 'PAIRING_MEETING_RESCHEDULED',
      payload: { reason: why },
      // Both sides, the actor's colleagues too: the date everyone planned around is off.
      alerts: [{ kind: 'PAIRING_CHANGED', orgIds: audienceOf(p), summary: `the meeting is to be rescheduled: ${why}` }],
    };
  },
  [PairingAction.MARK_HELD]: async (tx, ctx, p) => {
    assertStarted(await tx.findOne(MeetingPlan, { pairing: p.id }), ctx.clock.now());
    await openMeetingRecord(tx, p);
    await openCompletionReport(tx, ctx, p); // due REPORT_DUE_DAYS from now (issue 19)
    return { type: 'PAIRING_MEETING_HELD', summary: 'the meeting was held' };
  },
  [PairingAction.START_FOLLOW_UP]: plainStep('PAIRING_FOLLOW_UP_STARTED', 'follow-up has started'),
  [PairingAction.COMPLETE]: async (tx, _ctx, p) => {
    await assertReportSettled(tx, p); // only with an accepted or waived completion report (issue 19)
    return { type: 'PAIRING_COMPLETED', summary: 'the pairing is completed' };
  },
  [PairingAction.CANCEL]: async (tx, _ctx, p, why) => {
    p.statusReason = why;
    await raiseCalendarSequence(tx, p);
    return { type: 'PAIRING_CANCELLED', payload: { reason: why }, summary: `the pairing was cancelled: ${why}` };
  },
};

/**
 * Calendars that hold the meeting must replace it (confirmed, tentative again, or cancelled). A plain
 * UPDATE, so that the plan's version, which the planners send back, does not move.
 */
async function raiseCalendarSequence(tx: EntityManager, p: Pairing): Promise<void> {
  await tx.getConnection().execute('update meeting_plan set calendar_sequence = calendar_sequence + 1 where pairing_id = ?', [p.id], 'run', tx.getTransactionContext());
}

/** The steps that need a reason, and what to ask for when it is missing. */
const REASON_NEEDED: Partial<Record<PairingAction, string>> = {
  [PairingAction.DECLINE_INVITATION]: 'Give a reason for declining.',
  [PairingAction.RESCHEDULE]: 'Give a reason for rescheduling.',
  [PairingAction.CANCEL]: 'Give a reason for cancelling.',
};

function checkReason(action: PairingAction, reason: string | null | undefined): string {
  const why = reason?.trim() ?? '';
  const ask = REASON_NEEDED[action];
  if (ask && !why) throw badInput('reason', ask);
  if (why.length > MAX_REASON) throw badInput('reason', `reason must be at most ${MAX_REASON} characters.`);
  return why;
}

/**
 * One workflow step: load what the viewer may see (with its version) → policy → transition →
 * the step's own change → record the event.
 */
export async function movePairing(ctx: Ctx, id: string, version: number, action: PairingAction, reason?: string | null): Promise<Pairing> {
  const why = checkReason(action, reason);
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, ctx, id, version, action);
    const to = pairingMachine.next(p.status, action);
    const step = await EFFECTS[action](tx, ctx, p, why);
    p.status = to;
    await recordPairingEvent(tx, record, ctx.viewer, p, { ...step, payload: { proposalId: p.proposal.id, ...step.payload } });
    return p;
  });
}

/** The host's answer to an invitation. */
export function respondToHostInvitation(ctx: Ctx, id: string, version: number, accept: boolean, reason: string | null): Promise<Pairing> {
  return movePairing(ctx, id, version, accept ? PairingAction.ACCEPT_INVITATION : PairingAction.DECLINE_INVITATION, reason);
}

async function checkSchedulable(tx: EntityManager, ctx: Ctx, p: Pairing): Promise<void> {
  const plan = await tx.findOneOrFail(MeetingPlan, { pairing: p.id });
  const proposal = await tx.findOneOrFail(Proposal, { id: p.proposal.id }, { populate: ['notification'] });
  const limits = proposal.notification.getEntity().participantLimits;
  const limit = plan.modality ? participantLimitFor(limits, plan.modality) : null;
  assertSchedulable(plan, p.sendingOrganization.id, limit, ctx.clock.now());
}
