// programReport for the Secretariat, as a query and as a field of Dashboard: the field lets a
// dashboardChanged subscription carry the report the client shows, so that the client applies it
// to its cache the one way live events are applied (client/src/apollo/live-cache.ts).
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Dashboard } from '../dashboard/dashboard.types.js';
import { Role } from '../user/user.entity.js';
import { buildProgramReport } from './program-report.service.js';
import { ProgramReport } from './program-report.types.js';

const YEAR = { description: 'Calendar year (UTC), 2000 to 2100.' };
const CALL = { nullable: true, description: 'Only this call (project notification); every call when absent.' };

@Resolver()
export class ProgramReportResolver {
  @Authorized(Role.SECRETARIAT)
  @Query(() => ProgramReport, { description: 'Secretariat only: the program report of one year, for every call or one.' })
  programReport(@Ctx() ctx: Context, @Arg('year', () => Int, YEAR) year: number, @Arg('notificationId', () => ID, CALL) notificationId?: string | null): Promise<ProgramReport> {
    return buildProgramReport(ctx.em, ctx.clock, year, notificationId);
  }
}

@Resolver(() => Dashboard)
export class DashboardProgramReportResolver {
  /** Its own unit of work: in a subscription the context's entity manager outlives the event. */
  @Authorized(Role.SECRETARIAT)
  @FieldResolver(() => ProgramReport, { description: 'The program report, computed with the dashboard (and pushed with dashboardChanged).' })
  programReport(@Ctx() ctx: Pick<Context, 'em' | 'clock'>, @Arg('year', () => Int, YEAR) year: number, @Arg('notificationId', () => ID, CALL) notificationId?: string | null): Promise<ProgramReport> {
    return buildProgramReport(ctx.em.fork(), ctx.clock, year, notificationId);
  }
}
