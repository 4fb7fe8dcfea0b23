// GraphQL for calendar feeds: thin, everything goes to the service.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toConnection } from '../../shared/connection.type.js';
import { Organization } from '../organization/organization.entity.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { CalendarFeedsArgs, CreateCalendarFeedInput } from './calendar-feed.inputs.js';
import { createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from './calendar-feed.service.js';
import { CalendarFeedConnection, CreatedCalendarFeed } from './calendar-feed.types.js';
import { feedUrl } from './calendar.routes.js';

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @Authorized()
  @Mutation(() => CreatedCalendarFeed, { description: "A feed of your organization's scheduled meetings (every pairing's for the Secretariat). The URL is shown once." })
  async createCalendarFeed(@Arg('input', () => CreateCalendarFeedInput) input: CreateCalendarFeedInput, @Ctx() ctx: Context) {
    const { secret, feed } = await createCalendarFeed(ctx, input.description);
    return { calendarFeed: feed, url: feedUrl(ctx.http?.origin ?? '', secret) };
  }

  @Authorized()
  @Mutation(() => CalendarFeed, { description: 'Its URL answers 404 from now on.' })
  revokeCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return revokeCalendarFeed(ctx, id);
  }

  @Authorized()
  @Query(() => CalendarFeedConnection, { description: "Your organization's calendar feeds, newest first, revoked ones included; the Secretariat sees every organization's." })
  async calendarFeeds(@Args(() => CalendarFeedsArgs) args: CalendarFeedsArgs, @Ctx() ctx: Context) {
    return toConnection(await listCalendarFeeds(ctx, args));
  }

  @FieldResolver(() => Organization)
  organization(@Root() feed: CalendarFeed): Promise<Organization> {
    return feed.organization.loadOrFail();
  }
}
