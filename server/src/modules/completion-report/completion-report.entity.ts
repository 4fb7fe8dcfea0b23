// The sending NPO's completion report (issue 19): due a configurable number of days after the
// meeting is marked held (the row is opened then, DUE), submitted with the outcomes against the
// proposal's objectives, how the knowledge will be applied at home and the follow-up plan; the
// Secretariat accepts it or asks for changes, as with proposals, and each submission is kept as a
// numbered revision to diff. The Secretariat may instead waive it, with a reason. A pairing
// completes only with an ACCEPTED or WAIVED report.
import { Entity, Enum, Index, ManyToOne, OneToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { OptionalText, OptionalTimestamp, UpdatedEntity } from '../base.entity.js';
import { SubmittedRevision } from '../submitted-revision.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const CompletionReportStatus = defineEnum('CompletionReportStatus', ['DUE', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED', 'WAIVED']);
export type CompletionReportStatus = EnumValue<typeof CompletionReportStatus>;

@ObjectType({ description: "The sending NPO's report on what the cooperation achieved; the Secretariat accepts it or asks for changes." })
@Entity()
export class CompletionReport extends UpdatedEntity {
  @OneToOne(() => Pairing, { owner: true, ref: true, deleteRule: 'cascade' })
  pairing!: Ref<Pairing>;

  @Field(() => CompletionReportStatus)
  @Index()
  @Enum({ items: () => CompletionReportStatus, default: CompletionReportStatus.DUE })
  status: Opt<CompletionReportStatus> = CompletionReportStatus.DUE;

  @Field(() => Date, { description: 'When the report is due: the configured number of days after the meeting was marked held.' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  dueAt!: Date;

  @Field(() => String, { description: "Outcomes against the proposal's objectives." })
  @Property({ type: 'text', default: '' })
  outcomes: Opt<string> = '';

  @Field(() => String, { description: 'How the knowledge will be applied at home.' })
  @Property({ type: 'text', default: '' })
  application: Opt<string> = '';

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  followUpPlan: Opt<string> = '';

  @OptionalText("The Secretariat's request for changes, until the report is submitted again.") changeRequest?: string | null;
  @OptionalText("Why the Secretariat waived the report.") waiverReason?: string | null;
  @OptionalTimestamp('The last submission.') submittedAt?: Date | null;
  @OptionalTimestamp('When the Secretariat accepted or waived it.') decidedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy?: Ref<User> | null;
}

@ObjectType({ description: 'What a completion report said at one submission.' })
@Entity()
@Unique({ properties: ['report', 'number'] })
export class CompletionReportRevision extends SubmittedRevision {
  @ManyToOne(() => CompletionReport, { ref: true, deleteRule: 'cascade' })
  report!: Ref<CompletionReport>;

  /** The submitted fields by name: outcomes, application, followUpPlan. */
  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;
}
