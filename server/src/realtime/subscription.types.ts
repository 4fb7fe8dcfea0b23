// Payloads of the subscriptions: the event (its cursor resumes the stream) and, where the
// subscription is about one object, that object as the viewer may see it now.
import { Field, Int, ObjectType } from 'type-graphql';
import { ActivityEventNode } from '../modules/activity/activity.types.js';
import { Dashboard } from '../modules/dashboard/dashboard.types.js';
import { InboxItem } from '../modules/inbox/inbox-item.entity.js';
import { Pairing } from '../modules/pairing/pairing.entity.js';
import { Proposal } from '../modules/proposal/proposal.entity.js';
import { Message } from '../modules/workspace/message.entity.js';

@ObjectType({ description: 'The dashboard after a change.' })
export class DashboardChange {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityEventNode, { description: 'The newest change these counts include.' })
  event!: ActivityEventNode;

  @Field(() => Dashboard)
  dashboard!: Dashboard;
}

@ObjectType({ description: 'A new alert in the viewer\'s inbox.' })
export class InboxChange {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityEventNode)
  event!: ActivityEventNode;

  @Field(() => InboxItem)
  item!: InboxItem;

  @Field(() => Int)
  unreadCount!: number;
}

@ObjectType()
export class ProposalChange {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityEventNode)
  event!: ActivityEventNode;

  @Field(() => Proposal)
  proposal!: Proposal;
}

@ObjectType()
export class PairingChange {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityEventNode)
  event!: ActivityEventNode;

  @Field(() => Pairing)
  pairing!: Pairing;
}

@ObjectType({ description: 'A message of a thread was posted, edited, deleted or reacted to (event.type says which).' })
export class MessageChange {
  @Field(() => String)
  cursor!: string;

  @Field(() => ActivityEventNode)
  event!: ActivityEventNode;

  @Field(() => Message)
  message!: Message;
}
