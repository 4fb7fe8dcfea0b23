import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgsType } from '../../shared/page.args.js';
import { OrganizationKind } from './organization.entity.js';

@ArgsType()
export class OrganizationsArgs extends PageArgsType {
  @Field(() => String, { nullable: true, description: 'Economy code, e.g. NP.' })
  economy?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;
}

@ArgsType()
export class OrganizationArgs {
  @Field(() => ID)
  id!: string;
}
