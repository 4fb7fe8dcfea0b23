import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { login, logout } from './auth.service.js';
import { AuthPayload, ViewerInfo } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Wrong email and wrong password give the same UNAUTHENTICATED error. Repeated failures from one address are slowed down: RATE_LIMITED with `retryAt`. From the web app the session is also set as an HttpOnly cookie.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const result = await login(ctx, email.slice(0, 254), password.slice(0, 200));
    // The browser keeps its session in an HttpOnly cookie; tools use the token in the answer.
    ctx.http?.setSession(result.token, result.expiresAt);
    return result;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working at once.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await logout(ctx.em, ctx.clock, ctx.viewer!);
    ctx.http?.clearSession();
    return true;
  }

  @Query(() => ViewerInfo, { nullable: true, description: 'Null when not signed in.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo | null> {
    const v = ctx.viewer;
    if (!v) return null;
    const [user, organization] = await Promise.all([
      v.userId ? ctx.em.findOneOrFail(User, { id: v.userId }) : null,
      ctx.em.findOneOrFail(Organization, { id: v.organizationId }),
    ]);
    return { user, organization, scopes: v.scopes };
  }
}

