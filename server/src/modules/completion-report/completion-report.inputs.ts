// Arguments of the completion report's mutations; blank texts are refused in the service, with the field named.
import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

const MAX = 10_000;

@InputType({ description: "The sending NPO's report; every field is required and at most 10,000 characters." })
export class CompletionReportInput {
  @Field(() => String, { description: "Outcomes against the proposal's objectives." }) @MaxLength(MAX) outcomes!: string;
  @Field(() => String, { description: 'How the knowledge will be applied at home.' }) @MaxLength(MAX) application!: string;
  @Field(() => String) @MaxLength(MAX) followUpPlan!: string;
}

@ArgsType()
export class ReportVersionArgs {
  @Field(() => ID) pairingId!: string;
  @Field(() => Int, { description: "The completion report's version you read; a stale one is a CONFLICT." }) version!: number;
}

@ArgsType()
export class ReportReasonArgs extends ReportVersionArgs {
  @Field(() => String, { description: 'For the sending NPO (at most 2000 characters).' }) reason!: string;
}
