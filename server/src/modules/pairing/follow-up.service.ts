// Follow-up activities a pair agrees after the meeting (MEETING_HELD or FOLLOW_UP). Each gets
// its own discussion thread. Status: PROPOSED → AGREED → IN_PROGRESS → DONE, or DROPPED
// from any unfinished state.
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { Organization } from '../organization/organization.entity.js';
import { isUuid } from '../organization/organization.service.js';
import { Thread } from '../workspace/thread.entity.js';
import { FollowUpActivity, FollowUpStatus } from './follow-up.entity.js';
import { loadForWrite } from './pairing.commands.js';
import type { Pairing } from './pairing.entity.js';
import { PairingStatus } from './pairing.enums.js';
import { recordPartEvent } from './pairing.service.js';
import type { CreateFollowUpInput, UpdateFollowUpInput } from './pairing.inputs.js';
import { mayDoPairing, maySeePairing } from './pairing.policy.js';
import { stateMachine } from '../../state-machine.js';
import type { Viewer } from '../auth/viewer.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

/** Keyed by the status it leads to: the client asks for a status, not a verb. Nothing returns to PROPOSED. */
export const followUpMachine = stateMachine<FollowUpStatus, FollowUpStatus>(
  'follow-up activity',
  {
    [FollowUpStatus.PROPOSED]: { from: [], to: FollowUpStatus.PROPOSED },
    [FollowUpStatus.AGREED]: { from: [FollowUpStatus.PROPOSED], to: FollowUpStatus.AGREED },
    [FollowUpStatus.IN_PROGRESS]: { from: [FollowUpStatus.AGREED], to: FollowUpStatus.IN_PROGRESS },
    [FollowUpStatus.DONE]: { from: [FollowUpStatus.IN_PROGRESS], to: FollowUpStatus.DONE },
    [FollowUpStatus.DROPPED]: { from: [FollowUpStatus.PROPOSED, FollowUpStatus.AGREED, FollowUpStatus.IN_PROGRESS], to: FollowUpStatus.DROPPED },
  },
);

const FOLLOW_UP_PHASES: readonly PairingStatus[] = [PairingStatus.MEETING_HELD, PairingStatus.FOLLOW_UP];

const inFollowUpPhase = (p: Pairing): boolean => FOLLOW_UP_PHASES.includes(p.status);

function assertPhase(p: Pairing): void {
  if (!inFollowUpPhase(p)) {
    throw badInput('status', `Follow-up activities are agreed after the meeting (MEETING_HELD or FOLLOW_UP); this pairing is ${p.status}.`, { status: p.status });
  }
}

function assertOwner(p: Pairing, orgId: string, field: string): void {
  if (orgId !== p.sendingOrganization.id && orgId !== p.hostOrganization.id) {
    throw badInput(field, 'The owner must be the sending or the hosting NPO of this pairing.');
  }
}

export async function createFollowUp(ctx: Ctx, pairingId: string, input: CreateFollowUpInput): Promise<FollowUpActivity> {
  const userId = ctx.viewer?.userId;
  if (!userId) throw forbidden('Follow-up activities are created by a person, not an API token.');
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await loadForWrite(tx, ctx, pairingId, null);
    assertPhase(p);
    assertOwner(p, input.ownerOrganizationId, 'ownerOrganizationId');
    const f = tx.create(FollowUpActivity, {
      pairing: p,
      kind: input.kind,
      title: input.title.trim(),
      ownerOrganization: input.ownerOrganizationId,
      dueDate: input.dueDate ?? undefined,
    });
    const thread = tx.create(Thread, { pairing: p, followUp: f, title: f.title, createdBy: userId });
    return recordPartEvent(tx, record, ctx.viewer, p, 'FollowUpActivity', f, () => ({
      type: 'FOLLOW_UP_CREATED',
      payload: { followUpId: f.id, threadId: thread.id, status: f.status, version: f.version },
      summary: `follow-up activity "${f.title}" was proposed`,
    }));
  });
}

export async function updateFollowUp(ctx: Ctx, id: string, version: number, input: UpdateFollowUpInput): Promise<FollowUpActivity> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const f = isUuid(id) ? await tx.findOne(FollowUpActivity, { id }, { populate: ['pairing'] }) : null;
    if (!f || !maySeePairing(ctx.viewer, f.pairing.getEntity())) throw notFound('Follow-up activity');
    const p = await loadForWrite(tx, ctx, f.pairing.id, null);
    assertPhase(p);
    assertVersion('The follow-up activity', f.version, version);
    if (input.status && input.status !== f.status) f.status = followUpMachine.next(f.status, input.status);
    if (input.kind) f.kind = input.kind;
    if (input.title) f.title = input.title.trim();
    if (input.ownerOrganizationId) {
      assertOwner(p, input.ownerOrganizationId, 'ownerOrganizationId');
      f.ownerOrganization = tx.getReference(Organization, input.ownerOrganizationId, { wrapped: true });
    }
    if (input.dueDate !== undefined) f.dueDate = input.dueDate ?? undefined;
    return recordPartEvent(tx, record, ctx.viewer, p, 'FollowUpActivity', f, () => ({
      type: 'FOLLOW_UP_UPDATED',
      payload: { followUpId: f.id, status: f.status, version: f.version },
      summary: `follow-up activity "${f.title}" is ${f.status}`,
    }));
  });
}

/** The statuses this viewer may move the activity to now; none outside the follow-up phase. */
export async function nextStatusesOf(viewer: Viewer | null, f: FollowUpActivity): Promise<FollowUpStatus[]> {
  const p = await f.pairing.loadOrFail();
  if (!inFollowUpPhase(p) || !mayDoPairing(viewer, 'WORK', p)) return [];
  return followUpMachine.actionsFrom(f.status);
}
