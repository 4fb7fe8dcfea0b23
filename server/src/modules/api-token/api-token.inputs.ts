// Arguments of the API token operations, validated field by field.
import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgsType } from '../../shared/page.args.js';
import { ApiScope } from './api-token.entity.js';

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "Power BI export". 1 to 100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => [ApiScope], { nullable: true, description: 'READ when omitted. WRITE lets the token call mutations (it implies READ).' })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayMaxSize(2)
  scopes?: ApiScope[] | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working; never when omitted.' })
  expiresAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Secretariat only: the organization the token acts for. Defaults to your own.' })
  organizationId?: string | null;
}

@ArgsType()
export class ApiTokensArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Secretariat only: the tokens of one organization.' })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include revoked tokens (default false).' })
  includeRevoked?: boolean | null;
}
