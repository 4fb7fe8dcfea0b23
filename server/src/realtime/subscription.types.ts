// Payloads of the subscriptions: the event (its cursor resumes the stream) and, where the
// subscription is about one object, that object as the viewer may see it now. Each extends
// Change (cursor + event); the base is never returned itself, so the schema has no type for it.
import { Field, Int, ObjectType } from 'type-graphql';
import { ActivityEventNode } from '../modules/activity/activity.types.js';
import { Dashboard } from '../modules/dashboard/dashboard.types.js';
import { InboxItem } from '../modules/inbox/inbox-item.entity.js';
import { Pairing } from '../modules/pairing/pairing.entity.js';
import { Proposal } from '../modules/proposal/proposal.entity.js';
import { Message } from '../modules/workspace/message.entity.js';

@ObjectType()
abstract class Change {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityEventNode)
  event!: ActivityEventNode;
}

@ObjectType({ description: 'The dashboard after a change.' })
export class DashboardChange extends Change {
  @Field(() => ActivityEventNode, { description: 'The newest change these counts include.' })
  declare event: ActivityEventNode;

  @Field(() => Dashboard)
  dashboard!: Dashboard;
}

@ObjectType({ description: 'A new alert in the viewer\'s inbox.' })
export class InboxChange extends Change {
  @Field(() => InboxItem)
  item!: InboxItem;

  @Field(() => Int)
  unreadCount!: number;
}

@ObjectType()
export class ProposalChange extends Change {
  @Field(() => Proposal)
  proposal!: Proposal;
}

@ObjectType()
export class PairingChange extends Change {
  @Field(() => Pairing)
  pairing!: Pairing;
}

@ObjectType({ description: 'A message of a thread was posted, edited, deleted or reacted to (event.type says which).' })
export class MessageChange extends Change {
  @Field(() => Message)
  message!: Message;
}
