// GraphQL for threads: open one, read one, its messages (oldest first), read markers.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { nestedPage } from '../../loaders/nested-page.js';
import { selectedPaths } from '../../loaders/selection.js';
import { toConnection } from '../../shared/connection.type.js';
import { PageArgsType } from '../../shared/page.args.js';
import { paginate } from '../../shared/pagination.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import { Message } from './message.entity.js';
import { Thread } from './thread.entity.js';
import { createThread, getThread, markThreadRead, unreadCount } from './thread.service.js';
import { CreateThreadArgs } from './workspace.inputs.js';
import { MessageConnection } from './workspace.types.js';

@Resolver(() => Thread)
export class ThreadResolver {
  @Authorized()
  @Query(() => Thread)
  thread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getThread(ctx.em, ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => Thread, { description: 'A planning thread in a pairing workspace.' })
  createThread(@Args(() => CreateThreadArgs) { pairingId, title }: CreateThreadArgs, @Ctx() ctx: Context) {
    return createThread(ctx, pairingId, title);
  }

  @Authorized()
  @Mutation(() => Thread, { description: 'Marks the thread read for you up to its newest message.' })
  markThreadRead(@Arg('threadId', () => ID) threadId: string, @Ctx() ctx: Context) {
    return markThreadRead(ctx, threadId);
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() t: Thread): Promise<Pairing> {
    return t.pairing.loadOrFail();
  }

  @FieldResolver(() => FollowUpActivity, { nullable: true, description: 'Set for the discussion of a follow-up activity.' })
  followUp(@Root() t: Thread): Promise<FollowUpActivity | null> | null {
    return t.followUp ? t.followUp.loadOrFail() : null;
  }

  @FieldResolver(() => User)
  createdBy(@Root() t: Thread): Promise<User> {
    return t.createdBy.loadOrFail();
  }

  @FieldResolver(() => MessageConnection, { description: 'Oldest first, deleted ones as tombstones.' })
  async messages(@Root() t: Thread, @Args(() => PageArgsType) page: PageArgsType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Batched over the threads of the request, with the authors in the same statement when selected.
    return toConnection(
      await nestedPage(ctx, t.id, page, {
        name: 'Thread.messages',
        list: { entity: Message, parent: 'thread', order: [['createdAt', 'asc']] },
        paths: selectedPaths(info),
        join: 'author',
        alone: () => paginate(ctx.em, Message, { thread: t.id }, page, [['createdAt', 'asc']]),
      }),
    );
  }

  @FieldResolver(() => Int, { description: "Others' messages after your read marker (0 for API tokens)." })
  unreadCount(@Root() t: Thread, @Ctx() ctx: Context): Promise<number> {
    return unreadCount(ctx.em, ctx.viewer, t.id);
  }
}
