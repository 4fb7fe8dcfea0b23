// A user's alert: a mention, a change to something of theirs, an invitation, a deadline.
import { Entity, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { CreatedEntity, OptionalTimestamp, ShortText, Text, IndexedRef } from '../base.entity.js';
import { User } from '../user/user.entity.js';
import { ActivityEvent } from '../../events/activity-event.entity.js';

@ObjectType()
@Entity()
@Index({ properties: ['user', 'createdAt'] })
export class InboxItem extends CreatedEntity {
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @IndexedRef(() => ActivityEvent)
  event!: Ref<ActivityEvent>;

  /** MENTION, INVITED_TO_HOST, PROPOSAL_CHANGED, PAIRING_CHANGED, DEADLINE … */
  @ShortText() kind!: string;
  @Text('A sentence a person can read in a list.') summary!: string;
  @OptionalTimestamp() readAt?: Date;
}
