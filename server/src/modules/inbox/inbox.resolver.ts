// GraphQL for the inbox: the list (newest first), its unread count, marking items read.
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import type { Context } from '../../context.js';
import { ConnectionType, toConnection } from '../../shared/connection.type.js';
import { OrderedPageArgsType } from '../../shared/page.args.js';
import { Thread } from '../workspace/thread.entity.js';
import { findThreadForViewer } from '../workspace/thread.service.js';
import { InboxItem } from './inbox-item.entity.js';
import { inboxUnreadCount, listInbox, markInboxRead } from './inbox.service.js';

export const InboxItemConnection = ConnectionType(InboxItem, 'InboxItem');

@InputType()
class InboxFilter {
  @Field(() => String, { nullable: true, description: 'Part of the summary, any case; % and _ are literal.' }) text?: string | null;
}

@ArgsType()
class InboxArgs extends OrderedPageArgsType {
  @Field(() => Boolean, { defaultValue: false }) unreadOnly!: boolean;
  @Field(() => InboxFilter, { nullable: true }) filter?: InboxFilter | null;
}

@ArgsType()
class MarkInboxReadArgs {
  @Field(() => [ID]) @ArrayMaxSize(100, { message: 'ids may hold at most 100 items' }) ids!: string[];
}

@Resolver(() => InboxItem)
export class InboxResolver {
  @Authorized()
  @Query(() => InboxItemConnection, { description: 'Your alerts, newest first unless ordered by CREATED_AT or TITLE (the summary); empty for API tokens.' })
  async inbox(@Args(() => InboxArgs) args: InboxArgs, @Ctx() ctx: Context) {
    return toConnection(await listInbox(ctx.em, ctx.viewer, { unreadOnly: args.unreadOnly, text: args.filter?.text }, args));
  }

  @Authorized()
  @Mutation(() => [InboxItem], { description: 'Marks your own items read; returns them.' })
  markInboxRead(@Args(() => MarkInboxReadArgs) { ids }: MarkInboxReadArgs, @Ctx() ctx: Context) {
    return markInboxRead(ctx.em, ctx.viewer, ids, ctx.clock.now());
  }

  @FieldResolver(() => String, { description: 'The event type behind the alert, e.g. MESSAGE_POSTED.' })
  async eventType(@Root() item: InboxItem): Promise<string> {
    return (await item.event.loadOrFail()).type;
  }

  @FieldResolver(() => String, { description: 'What changed: Pairing, Message, Proposal …' })
  async subjectType(@Root() item: InboxItem): Promise<string> {
    return (await item.event.loadOrFail()).subjectType;
  }

  @FieldResolver(() => ID)
  async subjectId(@Root() item: InboxItem): Promise<string> {
    return (await item.event.loadOrFail()).subjectId;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The pairing workspace the alert is about, if any.' })
  pairingId(@Root() item: InboxItem): Promise<string | null> {
    return payloadId(item, 'pairingId');
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The message the alert points at (a mention), if any.' })
  messageId(@Root() item: InboxItem): Promise<string | null> {
    return payloadId(item, 'messageId');
  }

  @FieldResolver(() => Thread, { nullable: true, description: 'The thread the alert points at, if any and if you may still see it.' })
  async thread(@Root() item: InboxItem, @Ctx() ctx: Context): Promise<Thread | null> {
    const id = await payloadId(item, 'threadId');
    return id ? findThreadForViewer(ctx.em, ctx.viewer, id) : null;
  }
}

async function payloadId(item: InboxItem, key: string): Promise<string | null> {
  const id = (await item.event.loadOrFail()).payload[key];
  return typeof id === 'string' ? id : null;
}

@Resolver(() => InboxItemConnection)
export class InboxConnectionResolver {
  @FieldResolver(() => Int, { description: 'All your unread alerts, whatever the page.' })
  unreadCount(@Root() _c: unknown, @Ctx() ctx: Context): Promise<number> {
    return inboxUnreadCount(ctx.em, ctx.viewer);
  }
}
