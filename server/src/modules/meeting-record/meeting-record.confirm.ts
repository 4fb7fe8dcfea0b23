// Confirming a meeting record: an NPO_ADMIN of each side confirms the record as it is now (its
// version). Once both have, that content becomes the next numbered revision; an edit clears both
// confirmations (meeting-record.service.ts), so each revision is something both sides agreed to.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { audienceOf, otherSideOf, recordPartEvent, type Alert } from '../pairing/pairing.service.js';
import { User } from '../user/user.entity.js';
import { MeetingRecord, MeetingRecordRevision } from './meeting-record.entity.js';
import { assertRecordOpen, confirmingSideOf, type RecordSide } from './meeting-record.policy.js';
import { contentOf, pairingForRecordWrite } from './meeting-record.service.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

const SIDE_NAME: Record<RecordSide, string> = { sending: 'the sending NPO', host: 'the host NPO' };

export async function confirmMeetingRecord(ctx: Ctx, pairingId: string, version: number): Promise<MeetingRecord> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await pairingForRecordWrite(tx, ctx.viewer, pairingId);
    const side = confirmingSideOf(ctx.viewer, p);
    assertRecordOpen(p);
    const r = await tx.findOne(MeetingRecord, { pairing: p.id });
    if (!r) throw notFound('Meeting record');
    assertVersion('The meeting record', r.version, version);
    confirmFor(tx, r, side, ctx.viewer!.userId!, ctx.clock.now());
    const both = !!r.sendingConfirmedAt && !!r.hostConfirmedAt;
    if (both) keepRevision(tx, r, ctx.clock.now());
    return recordPartEvent(tx, record, ctx.viewer, p, 'MeetingRecord', r, () => ({
      type: 'PAIRING_MEETING_RECORD_CONFIRMED',
      payload: { meetingRecordId: r.id, version: r.version, side: side.toUpperCase(), confirmedRevision: both ? r.confirmedRevision : null, pairingStatus: p.status, pairingVersion: p.version },
      alerts: alertsOf(p, ctx, side, both ? r.confirmedRevision : null),
    }));
  });
}

function confirmFor(tx: EntityManager, r: MeetingRecord, side: RecordSide, userId: string, now: Date): void {
  const by = tx.getReference(User, userId, { wrapped: true });
  if (side === 'sending') {
    if (r.sendingConfirmedAt) throw badInput('version', 'The sending NPO has already confirmed the record as it is now.');
    r.sendingConfirmedBy = by;
    r.sendingConfirmedAt = now;
  } else {
    if (r.hostConfirmedAt) throw badInput('version', 'The host NPO has already confirmed the record as it is now.');
    r.hostConfirmedBy = by;
    r.hostConfirmedAt = now;
  }
}

function keepRevision(tx: EntityManager, r: MeetingRecord, now: Date): void {
  r.confirmedRevision += 1;
  tx.create(MeetingRecordRevision, { record: r, number: r.confirmedRevision, fields: structuredClone(contentOf(r)), confirmedAt: now });
}

/** One side's confirmation tells the other side; the second one tells both that the record stands. */
function alertsOf(p: Pairing, ctx: Ctx, side: RecordSide, revision: number | null): Alert[] {
  if (revision === null) return [{ kind: 'PAIRING_CHANGED', orgIds: otherSideOf(p, ctx.viewer), summary: `${SIDE_NAME[side]} confirmed the meeting record` }];
  return [{ kind: 'PAIRING_CHANGED', orgIds: audienceOf(p), summary: `both NPOs confirmed the meeting record (revision ${revision})` }];
}
