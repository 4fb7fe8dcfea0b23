// Arguments of the webhook operations, validated field by field (the URL's address and the
// event types are checked against the server's rules in webhook.commands.ts).
import { ArrayMaxSize, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

const URL_HELP = 'An http or https URL of a public address, at most 2,000 characters.';
const TYPES_HELP = 'Event types to deliver (see webhookEventTypes); empty = every event type.';
const DESCRIPTION_HELP = 'What the endpoint is for, at most 500 characters.';

@InputType()
export class CreateWebhookInput {
  @Field(() => String, { description: URL_HELP })
  @Length(1, 2000, { message: 'url must be 1 to 2000 characters long' })
  url!: string;

  @Field(() => [String], { description: TYPES_HELP })
  @ArrayMaxSize(100, { message: 'eventTypes may hold at most 100 types' })
  eventTypes!: string[];

  @Field(() => String, { nullable: true, description: DESCRIPTION_HELP })
  @IsOptional()
  @MaxLength(500, { message: 'description must be at most 500 characters long' })
  description?: string | null;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true, description: URL_HELP })
  @IsOptional()
  @Length(1, 2000, { message: 'url must be 1 to 2000 characters long' })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: TYPES_HELP })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'eventTypes may hold at most 100 types' })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true, description: `${DESCRIPTION_HELP} An empty string clears it.` })
  @IsOptional()
  @MaxLength(500, { message: 'description must be at most 500 characters long' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses deliveries; true switches a disabled webhook on again.' })
  active?: boolean | null;
}
