import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toConnection } from '../../shared/connection.type.js';
import { Organization } from '../organization/organization.entity.js';
import { Role, User } from '../user/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokensArgs, CreateApiTokenInput } from './api-token.inputs.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.js';
import { ApiTokenConnection, CreatedApiToken } from './api-token.types.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(Role.NPO_ADMIN)
  @Mutation(() => CreatedApiToken, { description: 'NPO_ADMIN: for their organization; Secretariat: for any. The token is shown once.' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return createApiToken(ctx, input);
  }

  @Authorized(Role.NPO_ADMIN)
  @Mutation(() => ApiToken, { description: 'The token stops working at once.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return revokeApiToken(ctx, id);
  }

  @Authorized(Role.NPO_ADMIN)
  @Query(() => ApiTokenConnection, { description: "Your organization's tokens, newest first; the Secretariat sees all (filter by organizationId)." })
  async apiTokens(@Args(() => ApiTokensArgs) args: ApiTokensArgs, @Ctx() ctx: Context) {
    return toConnection(await listApiTokens(ctx, args));
  }

  @FieldResolver(() => Organization)
  organization(@Root() token: ApiToken): Promise<Organization> {
    return token.organization.loadOrFail();
  }

  @FieldResolver(() => User, { description: 'The administrator who created it.' })
  createdBy(@Root() token: ApiToken): Promise<User> {
    return token.createdBy.loadOrFail();
  }
}
