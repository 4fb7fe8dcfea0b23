// The Subscription root: thin; each field opens an EventStream (streams.ts). Every stream
// takes `after` (an event cursor): it replays what the client missed, then continues live.
import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { ActivityEventNode } from '../modules/activity/activity.types.js';
import { Role } from '../modules/user/user.entity.js';
import { activityStream, dashboardStream, inboxStream, messageStream, pairingStream, proposalStream } from './streams.js';
import type { SubscriptionContext as Context } from './realtime.js';
import { DashboardChange, InboxChange, MessageChange, PairingChange, ProposalChange } from './subscription.types.js';

type Data = { args: Record<string, any>; context: Context };
const AFTER = 'Cursor of the last event you have: first replays what came after it, then goes live.';

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => ActivityEventNode, {
    description: 'Every event the viewer may see.',
    subscribe: ({ args, context }: Data) => activityStream(context, args.after),
  })
  activity(@Root() event: ActivityEventNode, @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string): ActivityEventNode {
    return event;
  }

  @Authorized(Role.SECRETARIAT)
  @Subscription(() => DashboardChange, {
    description: 'Secretariat only: the dashboard counts after each change to proposals, pairings or notifications.',
    subscribe: ({ args, context }: Data) => dashboardStream(context, args.after),
  })
  dashboardChanged(@Root() change: DashboardChange, @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string): DashboardChange {
    return change;
  }

  @Authorized()
  @Subscription(() => InboxChange, {
    description: 'New alerts in the signed-in user\'s inbox, with the unread count.',
    subscribe: ({ args, context }: Data) => inboxStream(context, args.after),
  })
  inboxChanged(@Root() change: InboxChange, @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string): InboxChange {
    return change;
  }

  @Authorized()
  @Subscription(() => ProposalChange, {
    description: 'Changes to one proposal (NOT_FOUND when the viewer may not see it).',
    subscribe: ({ args, context }: Data) => proposalStream(context, args.id, args.after),
  })
  proposalChanged(
    @Root() change: ProposalChange,
    @Arg('id', () => ID) _id: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): ProposalChange {
    return change;
  }

  @Authorized()
  @Subscription(() => PairingChange, {
    description: 'Changes to one pairing and everything in its workspace (NOT_FOUND when the viewer may not see it).',
    subscribe: ({ args, context }: Data) => pairingStream(context, args.id, args.after),
  })
  pairingChanged(
    @Root() change: PairingChange,
    @Arg('id', () => ID) _id: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): PairingChange {
    return change;
  }

  @Authorized()
  @Subscription(() => MessageChange, {
    description: 'Messages of one thread as they are posted, edited, deleted or reacted to (NOT_FOUND when the viewer may not see the thread).',
    subscribe: ({ args, context }: Data) => messageStream(context, args.threadId, args.after),
  })
  messageAdded(
    @Root() change: MessageChange,
    @Arg('threadId', () => ID) _threadId: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): MessageChange {
    return change;
  }
}
