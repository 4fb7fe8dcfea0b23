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
