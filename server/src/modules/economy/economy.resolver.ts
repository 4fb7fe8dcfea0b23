// Economies are public reference data.
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Economy } from './economy.entity.js';
import { listEconomies, type EconomyRow } from './economy.service.js';

@Resolver(() => Economy)
export class EconomyResolver {
  @Query(() => [Economy], { description: 'All APO member economies, by name.' })
  economies(@Ctx() ctx: Context): Promise<EconomyRow[]> {
    return listEconomies(ctx.em);
  }
}
