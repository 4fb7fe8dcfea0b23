import { Field, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { ApiScope } from '../api-token/api-token.entity.js';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' }) token!: string;
  @Field(() => User) user!: User;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType({ description: 'Who is asking: a person, or an API token acting for its organization.' })
export class ViewerInfo {
  @Field(() => User, { nullable: true, description: 'Null when an API token is used.' }) user!: User | null;
  @Field(() => Organization) organization!: Organization;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
}
