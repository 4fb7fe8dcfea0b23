// Input of `updateMeetingRecord`, with field-level validation. Like MeetingPlanInput: an omitted
// field keeps its value, null clears it, and a list replaces the whole list in order.
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate } from '../../calendar-date.js';
import { Modality } from '../notification/notification.enums.js';
import { Qualification } from '../proposal/proposal.enums.js';

@InputType()
export class RecordParticipantInput {
  @Field(() => String) @Length(1, 200) name!: string;
  @Field(() => String) @Length(1, 200) title!: string;
  @Field(() => ID, { description: 'The sending or the hosting NPO.' }) organizationId!: string;
  @Field(() => Qualification) qualification!: Qualification;
}

@InputType()
export class RecordSessionInput {
  @Field(() => String) @Length(1, 300) title!: string;
  @Field(() => String, { description: 'What the session covered (at most 5000 characters).' }) @MaxLength(5000) summary!: string;
}

/** Omitted fields keep their value; null clears one. Lists replace the whole list, in order. */
@InputType()
export class MeetingRecordInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @IsOptional() @IsCalendarDate() heldFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before heldFrom.' }) @IsOptional() @IsCalendarDate() heldTo?: string | null;
  @Field(() => Modality, { nullable: true }) modality?: Modality | null;
  @Field(() => [RecordParticipantInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  participants?: RecordParticipantInput[] | null;
  @Field(() => [RecordSessionInput], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @ValidateNested({ each: true }) sessions?: RecordSessionInput[] | null;
  @Field(() => String, { nullable: true, description: 'At most 20000 characters.' }) @IsOptional() @MaxLength(20000) keyLearnings?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Follow-up activities of this pairing agreed at the meeting.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each of followUpIds must be the id of a follow-up activity of this pairing' })
  followUpIds?: string[] | null;
}

@ArgsType()
export class MeetingRecordVersionArgs {
  @Field(() => ID) pairingId!: string;
  @Field(() => Int, { description: "The meeting record's version you read; a stale one is a CONFLICT." }) version!: number;
}
