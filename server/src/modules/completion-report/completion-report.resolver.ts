// GraphQL for completion reports: the query, the sender's and the Secretariat's mutations, the
// report's derived fields (overdue, revisions, who decided) and Pairing.completionReport.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { batchOf } from '../../loaders/batch.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import { CompletionReport, CompletionReportRevision } from './completion-report.entity.js';
import { CompletionReportInput, ReportReasonArgs, ReportVersionArgs } from './completion-report.inputs.js';
import { isOverdue } from './completion-report.policy.js';
import { completionReportOf, reportsOfPairings, revisionsOf } from './completion-report.queries.js';
import * as reports from './completion-report.service.js';

@Resolver(() => CompletionReport)
export class CompletionReportResolver {
  @Authorized()
  @Query(() => CompletionReport, { nullable: true, description: "A pairing's completion report: null until the meeting is marked held; NOT_FOUND outside the pair and the Secretariat." })
  completionReport(@Arg('pairingId', () => ID) pairingId: string, @Ctx() ctx: Context) {
    return completionReportOf(ctx.em, ctx.viewer, pairingId);
  }

  @Authorized()
  @Mutation(() => CompletionReport, { description: 'A person of the sending NPO, while MEETING_HELD or FOLLOW_UP, from DUE or CHANGES_REQUESTED; each submission is a new revision.' })
  submitCompletionReport(@Args(() => ReportVersionArgs) a: ReportVersionArgs, @Arg('input', () => CompletionReportInput) input: CompletionReportInput, @Ctx() ctx: Context) {
    return reports.submitCompletionReport(ctx, a.pairingId, a.version, input);
  }

  @Authorized()
  @Mutation(() => CompletionReport, { description: 'The Secretariat, from SUBMITTED.' })
  acceptCompletionReport(@Args(() => ReportVersionArgs) a: ReportVersionArgs, @Ctx() ctx: Context) {
    return reports.acceptCompletionReport(ctx, a.pairingId, a.version);
  }

  @Authorized()
  @Mutation(() => CompletionReport, { description: 'The Secretariat, from SUBMITTED: back to the sender with the reason.' })
  requestCompletionReportChanges(@Args(() => ReportReasonArgs) a: ReportReasonArgs, @Ctx() ctx: Context) {
    return reports.requestCompletionReportChanges(ctx, a.pairingId, a.version, a.reason);
  }

  @Authorized()
  @Mutation(() => CompletionReport, { description: 'The Secretariat, from DUE, SUBMITTED or CHANGES_REQUESTED: the pairing may complete without a report.' })
  waiveCompletionReport(@Args(() => ReportReasonArgs) a: ReportReasonArgs, @Ctx() ctx: Context) {
    return reports.waiveCompletionReport(ctx, a.pairingId, a.version, a.reason);
  }

  @FieldResolver(() => Pairing, { description: "The pairing; its proposal's objectives are what the outcomes answer." })
  pairing(@Root() r: CompletionReport, @Ctx() ctx: Context): Promise<Pairing> {
    return ctx.em.findOneOrFail(Pairing, { id: r.pairing.id });
  }

  @FieldResolver(() => Boolean, { description: 'DUE or CHANGES_REQUESTED after dueAt.' })
  overdue(@Root() r: CompletionReport, @Ctx() ctx: Context): boolean {
    return isOverdue(r, ctx.clock.now());
  }

  @FieldResolver(() => [CompletionReportRevision], { description: 'Every submission, first first.' })
  revisions(@Root() r: CompletionReport, @Ctx() ctx: Context): Promise<CompletionReportRevision[]> {
    return revisionsOf(ctx.em, r.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who at the Secretariat accepted or waived it.' })
  decidedBy(@Root() r: CompletionReport): Promise<User | null> {
    return r.decidedBy ? r.decidedBy.load() : Promise.resolve(null);
  }
}

/** A revision's fields as typed fields, from its snapshot. */
@Resolver(() => CompletionReportRevision)
export class CompletionReportRevisionResolver {
  @FieldResolver(() => String) outcomes(@Root() v: CompletionReportRevision): string {
    return String(v.fields.outcomes ?? '');
  }

  @FieldResolver(() => String) application(@Root() v: CompletionReportRevision): string {
    return String(v.fields.application ?? '');
  }

  @FieldResolver(() => String) followUpPlan(@Root() v: CompletionReportRevision): string {
    return String(v.fields.followUpPlan ?? '');
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it (null once the user is gone from view).' })
  author(@Root() v: CompletionReportRevision): Promise<User | null> {
    return v.author.load();
  }
}

@Resolver(() => Pairing)
export class PairingCompletionReportResolver {
  @FieldResolver(() => CompletionReport, { nullable: true, description: 'Opened when the meeting is marked held.' })
  completionReport(@Root() p: Pairing, @Ctx() ctx: Context): Promise<CompletionReport | null> {
    const batch = batchOf(ctx, 'Pairing.completionReport', (ids: string[]) => reportsOfPairings(ctx.em, ids), () => null);
    return batch.get(p.id);
  }
}
