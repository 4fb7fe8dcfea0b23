// The meeting record's life: opened from the meeting plan when the meeting is marked held, read
// by whoever may see the pairing, edited by both parties (versioned; a change clears both
// confirmations, which then need giving again). Confirming is in meeting-record.confirm.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { MeetingPlan } from '../pairing/meeting-plan.entity.js';
import { inZone } from '../pairing/meeting-plan.service.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { getPairing, pairingForWrite, recordPartEvent } from '../pairing/pairing.service.js';
import { MeetingRecord } from './meeting-record.entity.js';
import type { MeetingRecordInput } from './meeting-record.inputs.js';
import { assertRecordOpen } from './meeting-record.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

/** The day an instant falls on in a zone, YYYY-MM-DD. */
const dayIn = (at: Date | undefined, timeZone: string): string | null => (at ? inZone(at, timeZone).local.slice(0, 10) : null);

/**
 * Opens the record of a pairing whose meeting was just marked held, pre-filled from the plan: its
 * days as the host (where the meeting is run) counts them, its modality and its delegates.
 */
export async function openMeetingRecord(tx: EntityManager, p: Pairing): Promise<MeetingRecord> {
  const existing = await tx.findOne(MeetingRecord, { pairing: p.id });
  if (existing) return existing;
  const plan = await tx.findOne(MeetingPlan, { pairing: p.id });
  const zone = (await p.hostOrganization.loadOrFail()).timeZone;
  return tx.create(MeetingRecord, {
    pairing: p.id,
    heldFrom: dayIn(plan?.startsAt, zone),
    heldTo: dayIn(plan?.endsAt, zone),
    modality: plan?.modality ?? null,
    participants: (plan?.delegates ?? []).map((d) => ({ ...d })),
  });
}

/** The record of a pairing this viewer may see; null while not opened; NOT_FOUND for anyone else. */
export async function meetingRecordFor(em: EntityManager, viewer: Viewer | null, pairingId: string): Promise<MeetingRecord | null> {
  const p = await getPairing(em, viewer, pairingId);
  return em.findOne(MeetingRecord, { pairing: p.id });
}

/** The pairing of a record to change: as any write in a pairing (pairingForWrite, verb WORK), like the meeting plan. */
export const pairingForRecordWrite = (tx: EntityManager, viewer: Viewer | null, pairingId: string): Promise<Pairing> => pairingForWrite(tx, viewer, pairingId);

/**
 * The fields that make up a record's content, as a confirmed revision keeps them. Its documents
 * (MeetingRecord.attachments) are not among them: they accompany the record (minutes, signed
 * lists) rather than state what it says, so adding one neither clears nor needs confirmations.
 */
export function contentOf(r: MeetingRecord): Record<string, unknown> {
  return {
    heldFrom: r.heldFrom ?? null,
    heldTo: r.heldTo ?? null,
    modality: r.modality ?? null,
    participants: r.participants,
    sessions: r.sessions,
    keyLearnings: r.keyLearnings ?? null,
    followUpIds: r.followUpIds,
  };
}

export async function updateMeetingRecord(ctx: Ctx, pairingId: string, version: number, input: MeetingRecordInput): Promise<MeetingRecord> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await pairingForRecordWrite(tx, ctx.viewer, pairingId);
    assertRecordOpen(p);
    // A pairing held before records existed gets its record on its first edit.
    const r = await openMeetingRecord(tx, p);
    assertVersion('The meeting record', r.version, version);
    const before = JSON.stringify(contentOf(r));
    await applyRecord(tx, r, input, p);
    const changed = JSON.stringify(contentOf(r)) !== before;
    // Both sides confirmed what it said before; a change needs both confirmations again.
    if (changed) clearConfirmations(r);
    return recordPartEvent(tx, record, ctx.viewer, p, 'MeetingRecord', r, () => ({
      type: 'PAIRING_MEETING_RECORD_UPDATED',
      payload: { meetingRecordId: r.id, version: r.version, pairingStatus: p.status, pairingVersion: p.version },
      summary: 'the meeting record was changed',
    }));
  });
}

function clearConfirmations(r: MeetingRecord): void {
  r.sendingConfirmedBy = null;
  r.sendingConfirmedAt = null;
  r.hostConfirmedBy = null;
  r.hostConfirmedAt = null;
}

async function applyRecord(tx: EntityManager, r: MeetingRecord, input: MeetingRecordInput, p: Pairing): Promise<void> {
  if (input.heldFrom !== undefined) r.heldFrom = input.heldFrom;
  if (input.heldTo !== undefined) r.heldTo = input.heldTo;
  if (r.heldFrom && r.heldTo && r.heldTo < r.heldFrom) throw badInput('heldTo', 'The last day of the meeting cannot be before its first day.');
  if (input.modality !== undefined) r.modality = input.modality;
  if (input.participants !== undefined) {
    const sides = [p.sendingOrganization.id, p.hostOrganization.id];
    r.participants = (input.participants ?? []).map((d) => {
      if (!sides.includes(d.organizationId)) throw badInput('participants', 'A participant belongs to the sending or the hosting NPO.');
      return { name: d.name.trim(), title: d.title.trim(), organizationId: d.organizationId, qualification: d.qualification };
    });
  }
  if (input.sessions !== undefined) r.sessions = (input.sessions ?? []).map((s) => ({ title: s.title.trim(), summary: s.summary.trim() }));
  if (input.keyLearnings !== undefined) r.keyLearnings = input.keyLearnings?.trim() || null;
  if (input.followUpIds !== undefined) r.followUpIds = await ownFollowUps(tx, p, input.followUpIds ?? []);
}

/** The ids, once each and in the order given, when each is a follow-up activity of this pairing. */
async function ownFollowUps(tx: EntityManager, p: Pairing, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = unique.every(isUuid) && unique.length ? await tx.find(FollowUpActivity, { id: { $in: unique }, pairing: p.id }) : [];
  if (found.length !== unique.length) throw badInput('followUpIds', 'Each agreed follow-up must be a follow-up activity of this pairing.');
  return unique;
}
