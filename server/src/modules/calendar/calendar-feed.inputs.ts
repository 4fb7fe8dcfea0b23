// Arguments of the calendar feed operations, validated field by field.
import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgsType } from '../../shared/page.args.js';

@InputType()
export class CreateCalendarFeedInput {
  @Field(() => String, { nullable: true, description: 'What the feed is for, e.g. "Team Outlook". At most 200 characters.' })
  @IsOptional()
  @MaxLength(200, { message: 'description must be at most 200 characters long' })
  description?: string | null;
}

@ArgsType()
export class CalendarFeedsArgs extends PageArgsType {}
