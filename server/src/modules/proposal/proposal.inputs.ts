// Arguments and inputs of the proposal queries and mutations, with field-level validation.
// Rules that need the database (hosts, the round, the limits) live in the services.
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../calendar-date.js';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { OrderedPageArgsType } from '../../shared/page.args.js';
import { Modality } from '../notification/notification.enums.js';
import { ProposalStatus, Qualification } from './proposal.enums.js';
import { VersionedIdArgs } from '../../shared/version.args.js';

export const MAX_PREFERRED_HOSTS = 5;
export const MAX_PLANNED_PARTICIPANTS = 50;

@InputType()
export class PlannedParticipantInput {
  @Field(() => String)
  @Length(1, 200, { message: 'each planned participant needs a name of at most 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => Qualification)
  qualification!: Qualification;
}

/** Every editable field; on update an omitted (or null) field keeps its value, except the dates, which null clears. */
@InputType()
export class ProposalFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 500) topic?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) objectives?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) expectedOutcome?: string | null;
  @Field(() => Modality, { nullable: true }) modality?: Modality | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() periodStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() periodEnd?: string | null;

  @Field(() => [PlannedParticipantInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_PLANNED_PARTICIPANTS)
  @ValidateNested({ each: true })
  plannedParticipants?: PlannedParticipantInput[] | null;

  @Field(() => [ID], { nullable: true, description: `NPO organization ids, first choice first; at most ${MAX_PREFERRED_HOSTS}, not the sending NPO.` })
  @IsOptional()
  @ArrayMaxSize(MAX_PREFERRED_HOSTS)
  preferredHostIds?: string[] | null;
}

@InputType()
export class CreateProposalInput extends ProposalFieldsInput {
  @Field(() => ID)
  notificationId!: string;

  @Field(() => ID, { nullable: true, description: 'The sending NPO. NPO users: their own (the default). The Secretariat: required, proposing on its behalf.' })
  sendingOrganizationId?: string | null;

  @Field(() => String)
  @Length(1, 500)
  override topic!: string;

  @Field(() => Modality)
  override modality!: Modality;
}

@InputType()
export class UpdateProposalInput extends ProposalFieldsInput {}

@InputType()
export class ProposalsFilter {
  @Field(() => ID, { nullable: true, description: 'A project notification id.' }) notification?: string | null;
  @Field(() => ProposalStatus, { nullable: true }) status?: ProposalStatus | null;
  @Field(() => ID, { nullable: true, description: 'The sending organization id.' }) sendingOrganization?: string | null;
  @Field(() => String, { nullable: true, description: "The sending NPO's economy code, e.g. NP." }) @IsOptional() @MaxLength(2) economy?: string | null;
  @Field(() => ID, { nullable: true, description: 'An application round id (the round a proposal was submitted in).' }) round?: string | null;
  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses (with `status`, both must hold).' }) @IsOptional() @ArrayMaxSize(10) statuses?: ProposalStatus[] | null;
  @Field(() => String, { nullable: true, description: "Part of the topic or of the sending NPO's name or acronym, any case; % and _ are literal." }) text?: string | null;
}

@ArgsType()
export class ProposalsArgs extends OrderedPageArgsType {
  @Field(() => ProposalsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProposalsFilter | null;
}

@ArgsType()
export class ProposalReasonArgs extends VersionedIdArgs {
  @Field(() => String, { description: 'Shown to the other party.' })
  @Length(1, 5000, { message: '$property must be between 1 and 5000 characters' })
  reason!: string;
}

@ArgsType()
export class ProposalCommentArgs extends VersionedIdArgs {
  @Field(() => String, { description: 'What the proposer should change.' })
  @Length(1, 5000, { message: '$property must be between 1 and 5000 characters' })
  comment!: string;
}
