import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const ProposalStatus = defineEnum('ProposalStatus', [
  'DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN',
]);
export type ProposalStatus = EnumValue<typeof ProposalStatus>;

/** Who a delegate or planned participant is (the notification's "Qualifications"). */
export const Qualification = defineEnum('Qualification', ['HIGH_LEVEL_OFFICIAL', 'POLICYMAKER', 'NPO_OFFICIAL']);
export type Qualification = EnumValue<typeof Qualification>;
