import { registerEnumType } from 'type-graphql';

export enum PairingStatus {
  HOST_INVITED = 'HOST_INVITED',
  HOST_DECLINED = 'HOST_DECLINED',
  PLANNING = 'PLANNING',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MEETING_HELD = 'MEETING_HELD',
  FOLLOW_UP = 'FOLLOW_UP',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PairingStatus, { name: 'PairingStatus' });

/** The transitions of a pairing's workflow, each one mutation. */
export enum PairingAction {
  ACCEPT_INVITATION = 'ACCEPT_INVITATION',
  DECLINE_INVITATION = 'DECLINE_INVITATION',
  SCHEDULE = 'SCHEDULE',
  RESCHEDULE = 'RESCHEDULE',
  MARK_HELD = 'MARK_HELD',
  START_FOLLOW_UP = 'START_FOLLOW_UP',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
}
registerEnumType(PairingAction, { name: 'PairingAction', description: 'A step of the pairing workflow.' });
