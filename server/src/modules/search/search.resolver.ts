import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { SearchArgs } from './search.inputs.js';
import { search } from './search.service.js';
import { SearchConnection } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: 'Calls, proposals, pairings, messages, follow-up activities and organizations that match the words, best first; only what the viewer may open is found or counted.',
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context) {
    return search(ctx.em, ctx.viewer, args);
  }
}
