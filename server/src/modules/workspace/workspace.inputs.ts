// Arguments of the thread and message mutations, with field-level length limits.
import { IsOptional, Length, Matches } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

export const MAX_BODY = 10_000;

@ArgsType()
export class CreateThreadArgs {
  @Field(() => ID) pairingId!: string;
  @Field(() => String) @Length(1, 200, { message: 'title must be 1 to 200 characters long' }) title!: string;
}

@ArgsType()
export class PostMessageArgs {
  @Field(() => ID) threadId!: string;
  @Field(() => String, { description: 'Markdown. Mention people of either NPO with @ followed by their email, e.g. @np@npo.demo.' })
  @Length(1, MAX_BODY, { message: `body must be 1 to ${MAX_BODY} characters long` })
  body!: string;
  @Field(() => ID, { nullable: true, description: 'The message this one replies to (same thread).' }) @IsOptional() parentId?: string | null;
}

@ArgsType()
export class EditMessageArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' }) version!: number;
  @Field(() => String) @Length(1, MAX_BODY, { message: `body must be 1 to ${MAX_BODY} characters long` }) body!: string;
}

@ArgsType()
export class DeleteMessageArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@ArgsType()
export class ReactionArgs {
  @Field(() => ID) messageId!: string;
  @Field(() => String, { description: 'An emoji, e.g. 👍 (up to 32 characters, no spaces).' })
  @Matches(/^[^\s<>]{1,32}$/u, { message: 'emoji must be 1 to 32 characters without spaces' })
  emoji!: string;
}
