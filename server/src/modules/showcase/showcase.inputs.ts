// Arguments and inputs of the showcase: the summary text, the consent, the list's filter.
import { IsEmail, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgsType } from '../../shared/page.args.js';
import { ShowcaseConsent } from './showcase.enums.js';

@InputType({ description: "A completed pairing's summary; saving a changed text clears both sides' consents." })
export class ShowcaseSummaryInput {
  @Field(() => String) @Length(1, 5000) whatWorked!: string;
  @Field(() => String) @Length(1, 5000) whatToTry!: string;
  @Field(() => String) @Length(1, 200) contactName!: string;
  @Field(() => String)
  @MaxLength(254)
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  contactEmail!: string;
}

@ArgsType()
export class ShowcaseConsentArgs {
  @Field(() => ID) pairingId!: string;
  @Field(() => Int, { description: "The entry's version you read; a stale one is a CONFLICT." }) version!: number;
  @Field(() => ShowcaseConsent, { description: 'NONE withdraws: the entry leaves the showcase at once.' }) consent!: ShowcaseConsent;
}

@InputType()
export class ShowcaseFilter {
  @Field(() => String, { nullable: true, description: "Part of the pairing's topic, any case; % and _ are literal." }) topic?: string | null;
  @Field(() => ID, { nullable: true, description: 'An economy on either side (sending or host).' }) economyId?: string | null;
}

@ArgsType()
export class ShowcaseArgs extends PageArgsType {
  @Field(() => ShowcaseFilter, { nullable: true }) filter?: ShowcaseFilter | null;
}
