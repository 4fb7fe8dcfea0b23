// The Secretariat's program report (issue 19): what the program did in one year, optionally for
// one call. The definitions of every figure are in program-report.queries.ts.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Economy } from '../economy/economy.entity.js';
import { Modality } from '../notification/notification.enums.js';
import { Qualification } from '../proposal/proposal.enums.js';
import { ProposalStatusCount } from '../dashboard/dashboard.types.js';

@ObjectType({ description: 'Held meetings of the year in which an NPO of this economy took part.' })
export class EconomyMeetings {
  @Field(() => Economy) economy!: Economy;
  @Field(() => Int, { description: 'Meetings its NPO attended as the sending side.' }) asSender!: number;
  @Field(() => Int, { description: 'Meetings its NPO hosted.' }) asHost!: number;
}

@ObjectType()
export class ModalityCount {
  @Field(() => Modality) modality!: Modality;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class QualificationCount {
  @Field(() => Qualification) qualification!: Qualification;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class TopicCount {
  @Field(() => String, { description: "A proposal topic as its NPO wrote it (topics differing only in case or spacing count as one)." }) topic!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "Follow-up activities of the year's held meetings." })
export class FollowUpCounts {
  @Field(() => Int, { description: 'Agreed by the pair and not dropped: AGREED, IN_PROGRESS or DONE.' }) agreed!: number;
  @Field(() => Int, { description: 'IN_PROGRESS.' }) inProgress!: number;
  @Field(() => Int, { description: 'DONE.' }) completed!: number;
}

@ObjectType({ description: 'One calendar month (UTC) of the year.' })
export class MonthTrend {
  @Field(() => String, { description: 'YYYY-MM.' }) month!: string;
  @Field(() => Int, { description: 'Proposals first submitted in the month.' }) proposalsSubmitted!: number;
  @Field(() => Int, { description: 'Proposals approved or rejected in the month.' }) decisions!: number;
  @Field(() => Int, { description: 'Meetings held in the month.' }) meetingsHeld!: number;
}

@ObjectType({ description: 'Secretariat only: what the program did in one year (UTC), for every call or one.' })
export class ProgramReport {
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'The call the report is limited to, if any.' }) notificationId!: string | null;
  @Field(() => [ProposalStatusCount], { description: 'Proposals first submitted in the year, by their status now; every status but DRAFT, zeros included.' })
  proposalsByStatus!: ProposalStatusCount[];
  @Field(() => [EconomyMeetings], { description: 'Economies with at least one held meeting in the year, by name.' }) meetingsByEconomy!: EconomyMeetings[];
  @Field(() => [ModalityCount], { description: 'Held meetings of the year by modality, zeros included.' }) modalityMix!: ModalityCount[];
  @Field(() => [QualificationCount], { description: 'Participants of the held meetings of the year by qualification, zeros included.' })
  participantsByQualification!: QualificationCount[];
  @Field(() => [TopicCount], { description: 'The 20 most frequent topics of the proposals first submitted in the year, most frequent first.' }) topics!: TopicCount[];
  @Field(() => FollowUpCounts) followUps!: FollowUpCounts;
  @Field(() => Float, { nullable: true, description: 'Over the proposals first submitted in the year and decided: days from the first submission to approval or rejection. Null when none.' })
  medianDaysSubmissionToDecision!: number | null;
  @Field(() => Float, { nullable: true, description: "Over the held meetings of the year: days from the proposal's approval to the meeting's first day. Null when none." })
  medianDaysDecisionToMeeting!: number | null;
  @Field(() => Int, { description: 'Completion reports of the held meetings of the year that are DUE or CHANGES_REQUESTED past their due time.' }) reportsOverdue!: number;
  @Field(() => [MonthTrend], { description: 'The twelve months of the year, January first.' }) byMonth!: MonthTrend[];
  @Field(() => String, { nullable: true, description: 'The last event these figures include: subscribe to dashboardChanged with it as `after`.' }) cursor!: string | null;
  @Field(() => Date) generatedAt!: Date;
}
