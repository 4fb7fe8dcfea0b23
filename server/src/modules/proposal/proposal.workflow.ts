// The proposal's status steps (DESIGN.md "Workflows"): submit and withdraw by the proposer;
// review, change request, approval and rejection by the Secretariat. Each step is guarded
// (wrong status = BAD_USER_INPUT, wrong party = FORBIDDEN, unseen = NOT_FOUND), versioned,
// and recorded with its ActivityEvent in the same transaction.
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../errors.js';
import { runInTransaction } from '../../events/event-log.js';
import type { ApplicationRound } from '../notification/round.entity.js';
import { NotificationStatus } from '../notification/notification.enums.js';
import { openRound } from '../notification/round.rules.js';
import { personOf } from './proposal.commands.js';
import type { Proposal } from './proposal.entity.js';
import { ProposalStatus } from './proposal.enums.js';
import { recordProposalEvent, type ProposalEventType } from './proposal.events.js';
import { ProposalRevision } from './proposal-revision.entity.js';
import { assertComplete, assertParticipantLimit, describeClosing, type Step } from './proposal.rules.js';
import { snapshotOf } from './proposal.revisions.js';
import { loadForStep, touch, withConflictVersion, type Party, type WriteCtx } from './proposal.write.js';

/**
 * A first submission needs a PUBLISHED notification with an open round, and is fixed to that
 * round. A resubmission after CHANGES_REQUESTED keeps its round and is accepted after the
 * round closed (the proposal was filed in time; the Secretariat asked for the changes), as
 * long as the call is PUBLISHED or CLOSED.
 */
export async function submitProposal(ctx: WriteCtx, id: string, version: number): Promise<Proposal> {
  const viewer = ctx.viewer!;
  const authorId = personOf(viewer);
  return withConflictVersion(ctx, id, () =>
    runInTransaction(ctx.em, async (tx, record) => {
      const p = await loadForStep(tx, viewer, id, version, 'proposer', 'submit');
      const round = p.round ? await p.round.loadOrFail() : await roundForFirstSubmission(p, ctx.clock.now());
      if (p.round) await assertCallNotArchived(p);
      const notification = await p.notification.loadOrFail();
      assertComplete(p);
      assertParticipantLimit(notification.participantLimits, p.modality, p.plannedParticipants.length);
      await p.preferredHosts.init();
      const number = (await tx.count(ProposalRevision, { proposal: p.id })) + 1;
      tx.create(ProposalRevision, { proposal: p, number, fields: snapshotOf(p), author: authorId, createdAt: ctx.clock.now() });
      if (!p.round) p.round = ref(round);
      p.status = ProposalStatus.SUBMITTED;
      p.statusReason = undefined;
      p.submittedAt = ctx.clock.now();
      touch(p, ctx.clock.now());
      const sender = await p.sendingOrganization.loadOrFail();
      await recordProposalEvent(tx, record, viewer.userId, p, 'PROPOSAL_SUBMITTED', {
        secretariatAlert: `${sender.acronym} ${number > 1 ? 'resubmitted' : 'submitted'} "${p.topic}" for review.`,
        extra: { roundId: round.id, revision: number },
      });
      return p;
    }),
  );
}

async function roundForFirstSubmission(p: Proposal, now: Date): Promise<ApplicationRound> {
  const n = await p.notification.loadOrFail();
  if (n.status !== NotificationStatus.PUBLISHED) {
    throw badInput('status', `${n.projectCode} is ${n.status}: it takes no submissions.`, { notificationStatus: n.status });
  }
  const rounds = (await n.rounds.load()).getItems();
  const open = openRound(rounds, now);
  if (open) return open;
  const last = [...rounds].sort((a, b) => b.closesAt.getTime() - a.closesAt.getTime())[0];
  if (!last) throw badInput('round', `${n.projectCode} has no application round.`);
  throw badInput('round', `Submissions to ${n.projectCode} closed at ${describeClosing(last.closesOn, last.closesAt)}, the last closing date.`, {
    closedAt: last.closesAt.toISOString(),
  });
}

async function assertCallNotArchived(p: Proposal): Promise<void> {
  const n = await p.notification.loadOrFail();
  if (n.status !== NotificationStatus.PUBLISHED && n.status !== NotificationStatus.CLOSED) {
    throw badInput('status', `${n.projectCode} is ${n.status}: it takes no submissions.`, { notificationStatus: n.status });
  }
}

type Move = { step: Step; party: Party; to: ProposalStatus; event: ProposalEventType; alert?: (p: Proposal) => string };

const MOVES = {
  withdraw: { step: 'withdraw', party: 'proposer', to: ProposalStatus.WITHDRAWN, event: 'PROPOSAL_WITHDRAWN' },
  // Not a decision: no inbox alert, the event is enough.
  startReview: { step: 'startReview', party: 'reviewer', to: ProposalStatus.UNDER_REVIEW, event: 'PROPOSAL_REVIEW_STARTED' },
  requestChanges: {
    step: 'requestChanges', party: 'reviewer', to: ProposalStatus.CHANGES_REQUESTED, event: 'PROPOSAL_CHANGES_REQUESTED',
    alert: (p) => `The APO Secretariat asks for changes to "${p.topic}": ${p.statusReason}`,
  },
  approve: {
    step: 'approve', party: 'reviewer', to: ProposalStatus.APPROVED, event: 'PROPOSAL_APPROVED',
    alert: (p) => `The APO Secretariat approved "${p.topic}".`,
  },
  reject: {
    step: 'reject', party: 'reviewer', to: ProposalStatus.REJECTED, event: 'PROPOSAL_REJECTED',
    alert: (p) => `The APO Secretariat rejected "${p.topic}": ${p.statusReason}`,
  },
} satisfies Record<string, Move>;

/** One status step: withdraw, startReview, requestChanges, approve or reject (`reason` for those that take one). */
export async function moveProposal(ctx: WriteCtx, id: string, version: number, move: keyof typeof MOVES, reason?: string): Promise<Proposal> {
  const viewer = ctx.viewer!;
  const m: Move = MOVES[move];
  return withConflictVersion(ctx, id, () =>
    runInTransaction(ctx.em, async (tx: EntityManager, record) => {
      const p = await loadForStep(tx, viewer, id, version, m.party, m.step);
      if (reason !== undefined && !reason.trim()) throw badInput(move === 'requestChanges' ? 'comment' : 'reason', 'Say why, for the other party.');
      p.status = m.to;
      if (reason !== undefined) p.statusReason = reason.trim();
      touch(p, ctx.clock.now());
      await recordProposalEvent(tx, record, viewer.userId, p, m.event, { alert: m.alert?.(p), extra: reason ? { reason: p.statusReason } : {} });
      return p;
    }),
  );
}
