// Computed fields of an application round; "now" comes from the request's clock.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { NotificationStatus } from './notification.enums.js';
import { ApplicationRound } from './round.entity.js';
import { isRoundOpen } from './notification.policy.js';

@Resolver(() => ApplicationRound)
export class RoundResolver {
  @FieldResolver(() => Boolean, { description: 'True for the one round accepting proposals now: the earliest not yet closed of a PUBLISHED notification.' })
  async isOpen(@Root() round: ApplicationRound, @Ctx() ctx: Context): Promise<boolean> {
    const n = await round.notification.load();
    if (!n || n.status !== NotificationStatus.PUBLISHED) return false;
    const rounds = (await n.rounds.load()).getItems();
    return isRoundOpen(round, rounds, ctx.clock.now());
  }
}
