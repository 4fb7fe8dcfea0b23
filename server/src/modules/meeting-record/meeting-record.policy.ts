// Who may do what to a meeting record, beyond seeing its pairing (pairing.policy.ts): both
// parties edit it while the pairing is MEETING_HELD or FOLLOW_UP; only an NPO_ADMIN confirms it,
// and only for his own side (the Secretariat never confirms for an NPO).
import { badInput, forbidden } from '../../errors.js';
import { canWrite, type Viewer } from '../auth/viewer.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { Role } from '../user/user.entity.js';

export type RecordSide = 'sending' | 'host';

/** After the meeting and before the pairing ends: the record can still change and be confirmed. */
const OPEN_FOR_RECORD: readonly PairingStatus[] = [PairingStatus.MEETING_HELD, PairingStatus.FOLLOW_UP];

export function assertRecordOpen(p: Pairing): void {
  if (OPEN_FOR_RECORD.includes(p.status)) return;
  throw badInput('status', `The meeting record can only be changed or confirmed while the pairing is MEETING_HELD or FOLLOW_UP; it is ${p.status}.`, { status: p.status });
}

/** The side this viewer confirms for, or FORBIDDEN: a person who is an NPO_ADMIN of one of the two NPOs. */
export function confirmingSideOf(viewer: Viewer | null, p: Pick<Pairing, 'sendingOrganization' | 'hostOrganization'>): RecordSide {
  const admin = !!viewer?.userId && viewer.role === Role.NPO_ADMIN && canWrite(viewer);
  if (admin && viewer.organizationId === p.sendingOrganization.id) return 'sending';
  if (admin && viewer.organizationId === p.hostOrganization.id) return 'host';
  throw forbidden('Only an administrator of the sending or the host NPO confirms the meeting record, for his own side.');
}
