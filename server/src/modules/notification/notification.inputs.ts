// Arguments and inputs of the notification queries and mutations, with field-level validation.
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../calendar-date.js';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { OrderedPageArgsType } from '../../shared/page.args.js';
import { Modality, NotificationStatus } from './notification.enums.js';

/** `YY-XX-NN-GE-XXX-L`, e.g. 25-SN-03-GE-BCN-C. */
export const PROJECT_CODE = /^\d{2}-[A-Z]{2}-\d{2}-[A-Z]{2}-[A-Z]{3}-[A-Z]$/;


@ArgsType()
export class ProjectNotificationsArgs extends OrderedPageArgsType {
  @Field(() => NotificationStatus, { nullable: true })
  status?: NotificationStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches part of the project code or title.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

@InputType()
export class ParticipantLimitInput {
  @Field(() => Modality)
  modality!: Modality;

  @Field(() => Int)
  @Min(0)
  @Max(10_000)
  max!: number;
}

/** Every editable field; omitted fields keep their value on update. */
@InputType()
export class ProjectNotificationFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) referenceNo?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() issueDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() timingStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsCalendarDate() timingEnd?: string | null;
  @Field(() => [String], { nullable: true, description: 'Economy codes, e.g. JP.' }) @IsOptional() @ArrayMaxSize(50) hostingEconomies?: string[] | null;
  @Field(() => Boolean, { nullable: true }) hostingAllMembers?: boolean | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @MaxLength(100, { each: true }) venueCities?: string[] | null;
  @Field(() => Boolean, { nullable: true }) venueAllMembers?: boolean | null;
  @Field(() => Modality, { nullable: true }) modality?: Modality | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @MaxLength(300, { each: true }) implementingOrganizations?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Economy codes, e.g. NP.' }) @IsOptional() @ArrayMaxSize(50) participatingEconomies?: string[] | null;
  @Field(() => Boolean, { nullable: true }) participatingAllMembers?: boolean | null;
  @Field(() => [ParticipantLimitInput], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) participantLimits?: ParticipantLimitInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) overseasParticipantsText?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(10_000) localParticipants?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) localParticipantsText?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) closingDateText?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) remarks?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) objectives?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) rationale?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @MaxLength(20_000, { each: true }) background?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) topics?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) outcome?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20_000) qualifications?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) signatory?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) signatoryTitle?: string | null;

  @Field(() => [String], { nullable: true, description: 'Closing days YYYY-MM-DD (Asia/Tokyo), in order: round 1, 2 …' })
  @IsOptional()
  @ArrayMaxSize(12)
  @IsCalendarDate({ each: true })
  roundClosingDates?: string[] | null;
}

@InputType()
export class CreateProjectNotificationInput extends ProjectNotificationFieldsInput {
  @Field(() => String, { description: 'YY-XX-NN-GE-XXX-L, e.g. 25-SN-03-GE-BCN-C.' })
  @Matches(PROJECT_CODE, { message: 'projectCode must look like 25-SN-03-GE-BCN-C' })
  projectCode!: string;

  @Field(() => String)
  @Length(1, 300)
  title!: string;
}

@InputType()
export class UpdateProjectNotificationInput extends ProjectNotificationFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PROJECT_CODE, { message: 'projectCode must look like 25-SN-03-GE-BCN-C' })
  projectCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  title?: string | null;
}

