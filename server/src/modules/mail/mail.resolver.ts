// GraphQL for email notifications: the signed-in person's preferences. Thin: the rules are in
// mail.policy and mail.preferences.
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { listPreferences, updatePreferences } from './mail.preferences.js';
import { NotificationPreference, NotificationPreferenceInput } from './mail.types.js';

const WHO = 'The signed-in person only (API tokens: FORBIDDEN).';

@Resolver(() => NotificationPreference)
export class MailPreferenceResolver {
  @Query(() => [NotificationPreference], { description: `How each kind of alert reaches you by email. ${WHO}` })
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreference[]> {
    return listPreferences(ctx);
  }

  @Mutation(() => [NotificationPreference], { description: `Changes the kinds named (each at most once); returns every kind. ${WHO}` })
  updateNotificationPreferences(
    @Arg('input', () => [NotificationPreferenceInput]) input: NotificationPreferenceInput[],
    @Ctx() ctx: Context,
  ): Promise<NotificationPreference[]> {
    return updatePreferences(ctx, input);
  }
}
