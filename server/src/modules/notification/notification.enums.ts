import { registerEnumType } from 'type-graphql';

export enum NotificationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(NotificationStatus, { name: 'NotificationStatus' });

/** How a notification's activities, proposals and meetings take place. */
export enum Modality {
  VIRTUAL = 'VIRTUAL',
  FACE_TO_FACE = 'FACE_TO_FACE',
  HYBRID = 'HYBRID',
}
registerEnumType(Modality, { name: 'Modality' });
