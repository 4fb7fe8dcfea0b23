import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const PairingStatus = defineEnum('PairingStatus', [
  'HOST_INVITED', 'HOST_DECLINED', 'PLANNING', 'MEETING_SCHEDULED', 'MEETING_HELD', 'FOLLOW_UP',
  'COMPLETED', 'CANCELLED',
]);
export type PairingStatus = EnumValue<typeof PairingStatus>;

/** The transitions of a pairing's workflow, each one mutation. */
export const PairingAction = defineEnum('PairingAction', [
  'ACCEPT_INVITATION', 'DECLINE_INVITATION', 'SCHEDULE', 'RESCHEDULE', 'MARK_HELD',
  'START_FOLLOW_UP', 'COMPLETE', 'CANCEL',
], 'A step of the pairing workflow.');
export type PairingAction = EnumValue<typeof PairingAction>;
