// A planning thread of a pairing workspace, or the discussion of one follow-up activity.
import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { CreatedEntity, OptionalTimestamp, Text, IndexedRef } from '../base.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'A planning thread of a pairing workspace, or the discussion of one follow-up activity.' })
@Entity()
export class Thread extends CreatedEntity {
  /** Every thread belongs to a pairing; visibility follows the pairing. */
  @IndexedRef(() => Pairing)
  pairing!: Ref<Pairing>;

  /** Set for the discussion thread of a follow-up activity. */
  @ManyToOne(() => FollowUpActivity, { ref: true, nullable: true, unique: true })
  followUp?: Ref<FollowUpActivity>;

  @Text() title!: string;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @OptionalTimestamp() lastMessageAt?: Date;
}
