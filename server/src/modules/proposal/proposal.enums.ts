import { registerEnumType } from 'type-graphql';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

/** Who a delegate or planned participant is (the notification's "Qualifications"). */
export enum Qualification {
  HIGH_LEVEL_OFFICIAL = 'HIGH_LEVEL_OFFICIAL',
  POLICYMAKER = 'POLICYMAKER',
  NPO_OFFICIAL = 'NPO_OFFICIAL',
}
registerEnumType(Qualification, { name: 'Qualification' });
