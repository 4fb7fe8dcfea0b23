import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { User } from '../user/user.entity.js';
import { currentEventCursor, listActivity } from './activity.service.js';
import { ActivityEventConnection, ActivityEventNode } from './activity.types.js';

@Resolver(() => ActivityEventNode)
export class ActivityResolver {
  @Query(() => ActivityEventConnection, {
    description:
      'Events the viewer may see, newest first (`after` pages to older ones). The first edge\'s cursor is what `subscription { activity(after:) }` takes to continue live.',
  })
  activity(
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return listActivity(ctx, { after, first });
  }

  // Public on purpose: every screen needs it before its data. It counts only events the viewer may see.
  @Query(() => String, {
    description:
      'The cursor of the newest committed event you may see. Read it BEFORE loading a page\'s data, then subscribe with `after: eventCursor`: events committed in between are replayed, so none is missed (a duplicate of something the page already shows is possible and harmless; a gap is not). Event ids become visible in increasing order, so this is exact.',
  })
  eventCursor(@Ctx() ctx: Context): Promise<string> {
    return currentEventCursor(ctx);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who made the change; null for system changes, API tokens, and for anonymous viewers of public events.',
  })
  actor(@Root() event: ActivityEventNode, @Ctx() ctx: Context): Promise<User | null> | null {
    // People's names and emails are for signed-in users only, even on a public event.
    if (!event.actorId || !ctx.viewer) return null;
    // A reference load goes through the dataloader: one query for the actors of a whole page.
    return ctx.em.getReference(User, event.actorId, { wrapped: true }).load().then((u) => u ?? null);
  }
}
