// GraphQL for messages: post, edit, delete, react; the body raw and rendered safely.
import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { User } from '../user/user.entity.js';
import { renderMarkdown } from './markdown.js';
import { Message } from './message.entity.js';
import { deleteMessage, editMessage, postMessage, react, reactionsOf } from './message.service.js';
import { Thread } from './thread.entity.js';
import { DeleteMessageArgs, EditMessageArgs, PostMessageArgs, ReactionArgs } from './workspace.inputs.js';
import { ReactionSummary } from './workspace.types.js';

@Resolver(() => Message)
export class MessageResolver {
  @Authorized()
  @Mutation(() => Message, { description: 'Markdown; @email mentions of people of either NPO reach their inbox.' })
  postMessage(@Args(() => PostMessageArgs) a: PostMessageArgs, @Ctx() ctx: Context) {
    return postMessage(ctx, a.threadId, a.body, a.parentId);
  }

  @Authorized()
  @Mutation(() => Message, { description: 'By the author only.' })
  editMessage(@Args(() => EditMessageArgs) a: EditMessageArgs, @Ctx() ctx: Context) {
    return editMessage(ctx, a.id, a.version, a.body);
  }

  @Authorized()
  @Mutation(() => Message, { description: 'By the author only; the message stays as a tombstone.' })
  deleteMessage(@Args(() => DeleteMessageArgs) a: DeleteMessageArgs, @Ctx() ctx: Context) {
    return deleteMessage(ctx, a.id, a.version);
  }

  @Authorized()
  @Mutation(() => Message)
  addReaction(@Args(() => ReactionArgs) a: ReactionArgs, @Ctx() ctx: Context) {
    return react(ctx, a.messageId, a.emoji, true);
  }

  @Authorized()
  @Mutation(() => Message)
  removeReaction(@Args(() => ReactionArgs) a: ReactionArgs, @Ctx() ctx: Context) {
    return react(ctx, a.messageId, a.emoji, false);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Markdown as written; null once deleted.' })
  body(@Root() m: Message): string | null {
    return m.deletedAt ? null : m.body;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The body as safe HTML (no raw HTML, no script links); null once deleted.' })
  bodyHtml(@Root() m: Message): string | null {
    return m.deletedAt ? null : renderMarkdown(m.body);
  }

  @FieldResolver(() => User)
  author(@Root() m: Message): Promise<User> {
    return m.author.loadOrFail();
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The message this one replies to.' })
  parent(@Root() m: Message): Promise<Message> | null {
    return m.parent ? m.parent.loadOrFail() : null;
  }

  @FieldResolver(() => Thread)
  thread(@Root() m: Message): Promise<Thread> {
    return m.thread.loadOrFail();
  }

  @FieldResolver(() => [ReactionSummary])
  reactions(@Root() m: Message, @Ctx() ctx: Context) {
    return reactionsOf(ctx.viewer, m);
  }
}
