// Economies are public reference data.
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Economy } from './economy.entity.js';

@Resolver(() => Economy)
export class EconomyResolver {
  @Query(() => [Economy], { description: 'All APO member economies, by name.' })
  economies(@Ctx() ctx: Context): Promise<Economy[]> {
    return ctx.em.find(Economy, {}, { orderBy: { name: 'asc' } });
  }
}
