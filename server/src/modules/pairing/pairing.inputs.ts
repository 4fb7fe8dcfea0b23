// Arguments and inputs of the pairing queries and mutations, with field-level validation.
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../calendar-date.js';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { OrderedPageArgsType } from '../../shared/page.args.js';
import { Modality } from '../notification/notification.enums.js';
import { Qualification } from '../proposal/proposal.enums.js';
import { FollowUpKind, FollowUpStatus } from './follow-up.entity.js';
import { PairingStatus } from './pairing.enums.js';

const WEB_LINK = /^https?:\/\/\S+$/i;

@InputType()
export class PairingFilterInput {
  @Field(() => PairingStatus, { nullable: true }) status?: PairingStatus | null;
  @Field(() => ID, { nullable: true, description: 'A proposal id.' }) proposal?: string | null;
  @Field(() => ID, { nullable: true, description: 'An organization on either side.' }) organization?: string | null;
  @Field(() => String, { nullable: true, description: "Part of the proposal's topic or of either NPO's name or acronym, any case; % and _ are literal." }) text?: string | null;
}

@ArgsType()
export class PairingsArgs extends OrderedPageArgsType {
  @Field(() => PairingFilterInput, { nullable: true }) filter?: PairingFilterInput | null;
}

@ArgsType()
export class PairingVersionArgs {
  @Field(() => ID) pairingId!: string;
  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' }) version!: number;
}

@InputType({ description: 'Takes a MEETING_SCHEDULED pairing back to PLANNING; the meeting plan is kept.' })
export class RescheduleMeetingInput {
  @Field(() => ID) pairingId!: string;
  @Field(() => Int, { description: "The pairing's version you read; a stale one is a CONFLICT." }) version!: number;
  @Field(() => String, { description: 'Why, for both sides (at most 2000 characters).' }) reason!: string;
}

@InputType()
export class AgendaItemInput {
  @Field(() => Date, { description: 'UTC.' }) startsAt!: Date;
  @Field(() => Date, { description: 'UTC.' }) endsAt!: Date;
  @Field(() => String) @Length(1, 300) topic!: string;
  @Field(() => String) @Length(1, 200) presenter!: string;
}

@InputType()
export class DelegateInput {
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => String) @Length(1, 200) title!: string;
  @Field(() => ID, { description: 'The sending or the hosting NPO.' }) organizationId!: string;
  @Field(() => Qualification) qualification!: Qualification;
}

/** Omitted fields keep their value; null clears one. Lists replace the whole list, in order. */
@InputType()
export class MeetingPlanInput {
  @Field(() => Modality, { nullable: true }) modality?: Modality | null;
  @Field(() => Date, { nullable: true, description: 'UTC.' }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'UTC.' }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) venue?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  @Matches(WEB_LINK, { message: 'onlineLink must be an http(s) link' })
  onlineLink?: string | null;
  @Field(() => [AgendaItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) agenda?: AgendaItemInput[] | null;
  @Field(() => [DelegateInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) delegates?: DelegateInput[] | null;
}

@InputType()
export class CreateFollowUpInput {
  @Field(() => FollowUpKind) kind!: FollowUpKind;
  @Field(() => String) @Length(1, 300) title!: string;
  @Field(() => ID, { description: 'The sending or the hosting NPO.' }) ownerOrganizationId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

@InputType()
export class UpdateFollowUpInput {
  @Field(() => FollowUpKind, { nullable: true }) kind?: FollowUpKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 300) title?: string | null;
  @Field(() => ID, { nullable: true }) ownerOrganizationId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
  @Field(() => FollowUpStatus, { nullable: true }) status?: FollowUpStatus | null;
}
