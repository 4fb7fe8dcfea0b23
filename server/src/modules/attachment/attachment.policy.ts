// Who may see and add attachments: exactly who may see and work on what they are attached to.
// Each target is read through its own feature's finder (findProposalForViewer,
// findPairingForViewer, findMessageForViewer, a follow-up or a meeting record through its
// pairing), so the rules stay in one place each; a target the viewer may not see is null here
// and NOT_FOUND to the caller.
// Adding a file: a concept note by the proposer's side; a plan or follow-up file by either party
// (or the Secretariat) while the workspace is open; a message's file by the message's author; a
// meeting record's file by whoever may edit the record, while it may be edited (meeting-record.policy).
import type { EntityManager } from '@mikro-orm/postgresql';
import { canWrite, type Viewer } from '../auth/viewer.js';
import { MeetingRecord } from '../meeting-record/meeting-record.entity.js';
import { assertRecordOpen } from '../meeting-record/meeting-record.policy.js';
import { isUuid } from '../organization/organization.service.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { mayDoPairing, maySeePairing } from '../pairing/pairing.policy.js';
import { findPairingForViewer } from '../pairing/pairing.service.js';
import type { Proposal } from '../proposal/proposal.entity.js';
import { isProposer } from '../proposal/proposal.policy.js';
import { findProposalForViewer } from '../proposal/proposal.service.js';
import { findMessageForViewer } from '../workspace/message.service.js';
import { isAuthorOf, WORKSPACE_CLOSED } from '../workspace/workspace.policy.js';
import type { TargetKind } from './attachment.entity.js';

export type TargetRef = { kind: TargetKind; id: string };

/** A target the viewer may see, with what its event needs. */
export type SeenTarget = TargetRef & {
  /** Set for proposal targets; every other target lives in a pairing's workspace. */
  proposal?: Proposal;
  pairing?: Pairing;
  /** What the target's live streams match on (proposalId, pairingId, threadId + messageId). */
  payload: Record<string, string>;
  /** How the inbox line names it, e.g. "the meeting plan". */
  label: string;
  mayAttach: boolean;
  /** Refuses, as a change of the target would be, when the target cannot change now (the meeting record's states). */
  assertOpen?: () => void;
};

const workspaceOpen = (p: Pairing): boolean => !WORKSPACE_CLOSED.includes(p.status);

async function proposalTarget(em: EntityManager, viewer: Viewer | null, id: string): Promise<SeenTarget | null> {
  const proposal = await findProposalForViewer(em, viewer, id);
  if (!proposal) return null;
  const mayAttach = canWrite(viewer) && isProposer(viewer!, proposal);
  return { kind: 'proposal', id, proposal, payload: { proposalId: id }, label: 'the proposal', mayAttach };
}

async function pairingTarget(em: EntityManager, viewer: Viewer | null, id: string): Promise<SeenTarget | null> {
  const pairing = await findPairingForViewer(em, viewer, id);
  if (!pairing) return null;
  const mayAttach = mayDoPairing(viewer, 'WORK', pairing) && workspaceOpen(pairing);
  return { kind: 'pairing', id, pairing, payload: { pairingId: id }, label: 'the meeting plan', mayAttach };
}

async function messageTarget(em: EntityManager, viewer: Viewer | null, id: string): Promise<SeenTarget | null> {
  const m = await findMessageForViewer(em, viewer, id);
  if (!m || m.deletedAt) return null;
  const thread = m.thread.getEntity();
  const pairing = thread.pairing.getEntity();
  const mayAttach = mayDoPairing(viewer, 'TALK', pairing) && isAuthorOf(viewer, m) && workspaceOpen(pairing);
  return { kind: 'message', id, pairing, payload: { pairingId: pairing.id, threadId: thread.id, messageId: id }, label: `a message in “${thread.title}”`, mayAttach };
}

async function followUpTarget(em: EntityManager, viewer: Viewer | null, id: string): Promise<SeenTarget | null> {
  if (!isUuid(id)) return null;
  const f = await em.findOne(FollowUpActivity, { id }, { populate: ['pairing'] });
  const pairing = f?.pairing.getEntity();
  if (!f || !pairing || !maySeePairing(viewer, pairing)) return null;
  const mayAttach = mayDoPairing(viewer, 'WORK', pairing) && workspaceOpen(pairing);
  return { kind: 'followUp', id, pairing, payload: { pairingId: pairing.id, followUpId: id }, label: `the follow-up “${f.title}”`, mayAttach };
}

async function meetingRecordTarget(em: EntityManager, viewer: Viewer | null, id: string): Promise<SeenTarget | null> {
  if (!isUuid(id)) return null;
  const r = await em.findOne(MeetingRecord, { id }, { populate: ['pairing'] });
  const pairing = r?.pairing.getEntity();
  if (!r || !pairing || !maySeePairing(viewer, pairing)) return null;
  // Attached by whoever may edit the record (pairingForRecordWrite), while it may be edited.
  const mayAttach = mayDoPairing(viewer, 'WORK', pairing);
  const payload = { pairingId: pairing.id, meetingRecordId: id };
  return { kind: 'meetingRecord', id, pairing, payload, label: 'the meeting record', mayAttach, assertOpen: () => assertRecordOpen(pairing) };
}

const FINDERS: Record<TargetKind, (em: EntityManager, viewer: Viewer | null, id: string) => Promise<SeenTarget | null>> = {
  proposal: proposalTarget,
  pairing: pairingTarget,
  message: messageTarget,
  followUp: followUpTarget,
  meetingRecord: meetingRecordTarget,
};

/** The target, or null when it does not exist or this viewer may not see it. */
export function findTargetForViewer(em: EntityManager, viewer: Viewer | null, ref: TargetRef): Promise<SeenTarget | null> {
  return FINDERS[ref.kind](em, viewer, ref.id);
}

/** Uploads are made by a person (the file's `uploadedBy`) whose credential may write. */
export const mayUpload = (viewer: Viewer | null): boolean => !!viewer?.userId && canWrite(viewer);
