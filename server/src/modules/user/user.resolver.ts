import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Role, User } from './user.entity.js';
import { inviteUser } from '../account/invitation.service.js';
import { ChangePasswordInput, CreateUserInput, InviteUserInput } from './user.inputs.js';
import { changePassword, createUser, deactivateUser } from './user.service.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.NPO_ADMIN)
  @Mutation(() => User, { description: 'Secretariat: any organization; NPO_ADMIN: their own.' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return createUser(ctx, input);
  }

  @Authorized(Role.NPO_ADMIN)
  @Mutation(() => User, {
    description:
      'Secretariat: any organization; NPO_ADMIN: their own. Mails a link, valid 7 days, with which the person sets their own password. Inviting a pending invitee again sends a fresh link and voids the old one; an address already in use is CONFLICT.',
  })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: Context) {
    return inviteUser(ctx, input);
  }

  @Authorized(Role.NPO_ADMIN)
  @Mutation(() => User, { description: 'The user can no longer sign in; their sessions end at once.' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return deactivateUser(ctx, id);
  }

  @Authorized()
  @Mutation(() => Boolean)
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return changePassword(ctx, input);
  }

  @FieldResolver(() => Organization)
  organization(@Root() user: User): Promise<Organization> {
    return user.organization.loadOrFail();
  }
}
