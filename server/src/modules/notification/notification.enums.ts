import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const NotificationStatus = defineEnum('NotificationStatus', ['DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED']);
export type NotificationStatus = EnumValue<typeof NotificationStatus>;

/** How a notification's activities, proposals and meetings take place. */
export const Modality = defineEnum('Modality', ['VIRTUAL', 'FACE_TO_FACE', 'HYBRID']);
export type Modality = EnumValue<typeof Modality>;
