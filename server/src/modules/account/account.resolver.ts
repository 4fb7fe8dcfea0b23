// The mailed links' mutations: joining by invitation and resetting a password (the services hold
// the rules). inviteUser itself is with the other user mutations (user.resolver.ts).
import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { AuthPayload } from '../auth/auth.types.js';
import { SetPasswordArgs } from './account.inputs.js';
import { acceptInvitation } from './invitation.service.js';
import { requestPasswordReset, resetPassword } from './password-reset.service.js';

@Resolver()
export class AccountResolver {
  @Mutation(() => AuthPayload, { description: 'Sets the password with an invitation link (once) and signs in, as `login` does.' })
  async acceptInvitation(@Args(() => SetPasswordArgs) args: SetPasswordArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return signedIn(ctx, await acceptInvitation(ctx, args.token, args.password));
  }

  @Mutation(() => Boolean, {
    description: 'Always true, whether or not the address belongs to anyone. An active account gets a link valid one hour; at most one mail per address every 5 minutes.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context): Promise<boolean> {
    return requestPasswordReset(ctx, email);
  }

  @Mutation(() => AuthPayload, { description: 'Sets a new password with a reset link (once), ends every session of the account and signs in afresh.' })
  async resetPassword(@Args(() => SetPasswordArgs) args: SetPasswordArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return signedIn(ctx, await resetPassword(ctx, args.token, args.password));
  }
}

/** From the web app the new session is also set as the HttpOnly cookie, as `login` does. */
function signedIn(ctx: Context, result: AuthPayload): AuthPayload {
  ctx.http?.setSession(result.token, result.expiresAt);
  return result;
}
