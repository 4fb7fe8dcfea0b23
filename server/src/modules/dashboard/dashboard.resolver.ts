import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../user/user.entity.js';
import { buildDashboard } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver()
export class DashboardResolver {
  @Authorized(Role.SECRETARIAT)
  @Query(() => Dashboard, { description: 'Secretariat only: live counts of the whole program.' })
  dashboard(@Ctx() ctx: Context): Promise<Dashboard> {
    return buildDashboard(ctx.em, ctx.clock);
  }
}
