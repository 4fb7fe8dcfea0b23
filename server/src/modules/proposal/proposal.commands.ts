// Every change to a proposal, in the one command shape: load what the viewer may see for
// write, with the version the client read (stale = CONFLICT; a lost race too, see
// db/lost-race.ts) → party (proposal.policy.ts) → typed state transition (proposalMachine) →
// change (proposal.content.ts validates and applies content) → record the event, in one
// transaction. Creating and editing drafts; submitting; withdrawing by the proposer; review,
// change request, approval and rejection by the Secretariat (DESIGN.md "Workflows").
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound, unauthenticated } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { isSecretariat, type Viewer } from '../auth/viewer.js';
import { recipientsIn } from '../inbox/inbox.service.js';
import { secretariatOrgIds } from '../organization/organization.service.js';
import { ProposalRevision } from './proposal-revision.entity.js';
import { applyFields, assertParticipating, assertResubmittable, openNotification, roundForFirstSubmission, sendingOrganizationFor, setPreferredHosts } from './proposal.content.js';
import { Proposal } from './proposal.entity.js';
import type { CreateProposalInput, UpdateProposalInput } from './proposal.inputs.js';
import { assertComplete, assertEditable, assertParticipantLimit, canReview, isProposer, proposalMachine, type ProposalStep } from './proposal.policy.js';
import { findProposalForViewer, proposalAudience, snapshotOf } from './proposal.service.js';

/** Proposals and revisions name a person as author, so an API token cannot make them. */
function personOf(viewer: Viewer | null): string {
  if (!viewer) throw unauthenticated();
  if (!viewer.userId) throw forbidden('Only a signed-in person can do this; an API token cannot.');
  return viewer.userId;
}

export type WriteCtx = Pick<Context, 'em' | 'viewer' | 'clock'>;
type Party = 'proposer' | 'reviewer';

/** Visibility → party → version, in that order, so that each error says the most useful thing; the status is checked next. */
async function loadForWrite(tx: EntityManager, viewer: Viewer, id: string, version: number, party: Party): Promise<Proposal> {
  const p = await findProposalForViewer(tx, viewer, id);
  if (!p) throw notFound('Proposal');
  if (party === 'proposer' && !isProposer(viewer, p)) {
    throw forbidden('Only the sending NPO (or the Secretariat, for a proposal it made on its behalf) may do this.');
  }
  if (party === 'reviewer' && !canReview(viewer)) throw forbidden('Only the APO Secretariat reviews proposals.');
  assertVersion('This proposal', p.version, version);
  return p;
}

/**
 * Makes the row change even when only the hosts did, so that the version moves on every edit.
 * The time is the injected clock's, nudged past the last change when that clock stands still.
 */
export function touch(p: Proposal, now: Date): void {
  p.updatedAt = new Date(Math.max(now.getTime(), p.updatedAt.getTime() + 1));
}

export async function createProposal(ctx: WriteCtx, input: CreateProposalInput): Promise<Proposal> {
  const viewer = ctx.viewer!;
  const userId = personOf(viewer);
  return runInTransaction(ctx.em, async (tx, record) => {
    const notification = await openNotification(tx, viewer, input.notificationId);
    const sending = await sendingOrganizationFor(tx, viewer, input.sendingOrganizationId ?? null);
    await assertParticipating(tx, notification, sending);
    const p = tx.create(Proposal, {
      notification,
      sendingOrganization: sending,
      proposedBy: userId,
      proposedBySecretariat: isSecretariat(viewer),
      topic: input.topic,
      modality: input.modality,
    });
    applyFields(p, input);
    await setPreferredHosts(tx, p, input.preferredHostIds ?? []);
    const alert = isSecretariat(viewer) ? `The APO Secretariat drafted the proposal "${p.topic}" on your behalf.` : undefined;
    await recordProposalEvent(tx, record, viewer.userId, p, 'PROPOSAL_CREATED', { alert });
    return p;
  });
}

export async function updateProposal(ctx: WriteCtx, id: string, version: number, input: UpdateProposalInput): Promise<Proposal> {
  const viewer = ctx.viewer!;
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, viewer, id, version, 'proposer');
    assertEditable(p.status);
    applyFields(p, input);
    if (input.preferredHostIds != null) await setPreferredHosts(tx, p, input.preferredHostIds);
    touch(p, ctx.clock.now());
    await recordProposalEvent(tx, record, viewer.userId, p, 'PROPOSAL_UPDATED');
    return p;
  });
}

/**
 * A first submission needs a PUBLISHED notification with an open round, and is fixed to that
 * round. A resubmission after CHANGES_REQUESTED keeps its round and is accepted after the
 * round closed (the proposal was filed in time; the Secretariat asked for the changes), as
 * long as the call is PUBLISHED or CLOSED.
 */
export async function submitProposal(ctx: WriteCtx, id: string, version: number): Promise<Proposal> {
  const viewer = ctx.viewer!;
  const authorId = personOf(viewer);
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, viewer, id, version, 'proposer');
    const to = proposalMachine.next(p.status, 'submit');
    const round = p.round ? await p.round.loadOrFail() : await roundForFirstSubmission(p, ctx.clock.now());
    if (p.round) await assertResubmittable(p);
    const notification = await p.notification.loadOrFail();
    assertComplete(p);
    assertParticipantLimit(notification.participantLimits, p.modality, p.plannedParticipants.length);
    await p.preferredHosts.init();
    const number = (await tx.count(ProposalRevision, { proposal: p.id })) + 1;
    tx.create(ProposalRevision, { proposal: p, number, fields: snapshotOf(p), author: authorId, createdAt: ctx.clock.now() });
    if (!p.round) p.round = ref(round);
    p.status = to;
    p.statusReason = undefined;
    p.submittedAt = ctx.clock.now();
    touch(p, ctx.clock.now());
    const sender = await p.sendingOrganization.loadOrFail();
    await recordProposalEvent(tx, record, viewer.userId, p, 'PROPOSAL_SUBMITTED', {
      secretariatAlert: `${sender.acronym} ${number > 1 ? 'resubmitted' : 'submitted'} "${p.topic}" for review.`,
      extra: { roundId: round.id, revision: number },
    });
    return p;
  });
}

/** Who takes each status step (the state machine is in proposal.policy.ts) and what it tells whom. */
type Move = { party: Party; event: ProposalEventType; alert?: (p: Proposal) => string };

const MOVES = {
  withdraw: { party: 'proposer', event: 'PROPOSAL_WITHDRAWN' },
  // Not a decision: no inbox alert, the event is enough.
  startReview: { party: 'reviewer', event: 'PROPOSAL_REVIEW_STARTED' },
  requestChanges: {
    party: 'reviewer', event: 'PROPOSAL_CHANGES_REQUESTED',
    alert: (p) => `The APO Secretariat asks for changes to "${p.topic}": ${p.statusReason}`,
  },
  approve: {
    party: 'reviewer', event: 'PROPOSAL_APPROVED',
    alert: (p) => `The APO Secretariat approved "${p.topic}".`,
  },
  reject: {
    party: 'reviewer', event: 'PROPOSAL_REJECTED',
    alert: (p) => `The APO Secretariat rejected "${p.topic}": ${p.statusReason}`,
  },
} satisfies Record<Exclude<ProposalStep, 'submit'>, Move>;

/** One status step: withdraw, startReview, requestChanges, approve or reject (`reason` for those that take one). */
export async function moveProposal(ctx: WriteCtx, id: string, version: number, move: keyof typeof MOVES, reason?: string): Promise<Proposal> {
  const viewer = ctx.viewer!;
  const m: Move = MOVES[move];
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, viewer, id, version, m.party);
    const to = proposalMachine.next(p.status, move);
    if (reason !== undefined && !reason.trim()) throw badInput(move === 'requestChanges' ? 'comment' : 'reason', 'Say why, for the other party.');
    p.status = to;
    if (reason !== undefined) p.statusReason = reason.trim();
    touch(p, ctx.clock.now());
    await recordProposalEvent(tx, record, viewer.userId, p, m.event, { alert: m.alert?.(p), extra: reason ? { reason: p.statusReason } : {} });
    return p;
  });
}

type ProposalEventType =
  | 'PROPOSAL_CREATED'
  | 'PROPOSAL_UPDATED'
  | 'PROPOSAL_SUBMITTED'
  | 'PROPOSAL_WITHDRAWN'
  | 'PROPOSAL_REVIEW_STARTED'
  | 'PROPOSAL_CHANGES_REQUESTED'
  | 'PROPOSAL_APPROVED'
  | 'PROPOSAL_REJECTED';

/** Flushes first, so that the payload carries the version after the change. */
async function recordProposalEvent(
  tx: EntityManager,
  record: RecordEvent,
  actorId: string | null,
  p: Proposal,
  type: ProposalEventType,
  opts: { alert?: string; secretariatAlert?: string; extra?: Record<string, unknown> } = {},
): Promise<void> {
  await tx.flush();
  const inbox = [
    ...(opts.alert ? await alertsTo(tx, [p.sendingOrganization.id], actorId, opts.alert) : []),
    ...(opts.secretariatAlert ? await alertsTo(tx, await secretariatOrgIds(tx), actorId, opts.secretariatAlert) : []),
  ];
  record({
    type,
    subjectType: 'Proposal',
    subjectId: p.id,
    actorId,
    audienceOrgIds: await proposalAudience(tx, p),
    payload: {
      proposalId: p.id,
      notificationId: p.notification.id,
      sendingOrganizationId: p.sendingOrganization.id,
      status: p.status,
      version: p.version,
      ...opts.extra,
    },
    inbox: inbox.length ? inbox : undefined,
  });
}

async function alertsTo(tx: EntityManager, orgIds: string[], actorId: string | null, summary: string) {
  return (await recipientsIn(tx, orgIds, actorId)).map((userId) => ({ userId, kind: 'PROPOSAL_CHANGED', summary }));
}
