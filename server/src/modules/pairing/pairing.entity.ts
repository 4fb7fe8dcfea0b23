// A sending NPO paired with a hosting NPO for an approved proposal: the private workspace.
import { Collection, Entity, Enum, Index, OneToMany, OneToOne, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OptionalText, UpdatedEntity, IndexedRef } from '../base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { PairingStatus } from './pairing.enums.js';
import type { MeetingPlan } from './meeting-plan.entity.js';
import type { FollowUpActivity } from './follow-up.entity.js';

@ObjectType({ description: 'A sending NPO paired with a hosting NPO for an approved proposal: their private workspace.' })
@Entity()
export class Pairing extends UpdatedEntity {
  @IndexedRef(() => Proposal)
  proposal!: Ref<Proposal>;

  @IndexedRef(() => Organization)
  sendingOrganization!: Ref<Organization>;

  @IndexedRef(() => Organization)
  hostOrganization!: Ref<Organization>;

  @Field(() => PairingStatus)
  @Index()
  @Enum({ items: () => PairingStatus, default: PairingStatus.HOST_INVITED })
  status: Opt<PairingStatus> = PairingStatus.HOST_INVITED;

  /** The host's reason for declining, the reason for cancelling, or why a scheduled meeting went back to planning. */
  @OptionalText("The host's reason for declining, the reason for cancelling, or why a scheduled meeting went back to planning (until it is scheduled again).") statusReason?: string | null;

  @OneToOne('MeetingPlan', (p: MeetingPlan) => p.pairing, { nullable: true })
  meetingPlan?: MeetingPlan;

  /** Loaded in batches (the ORM's dataloader) for `Pairing.followUps`. */
  @OneToMany('FollowUpActivity', (f: FollowUpActivity) => f.pairing, { orderBy: { createdAt: 'ASC', id: 'ASC' } })
  followUps = new Collection<FollowUpActivity>(this);

}
