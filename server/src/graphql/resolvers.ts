// Every resolver of the schema, one line per feature.
import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { EconomyResolver } from '../modules/economy/economy.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';
import { NotificationResolver, RoundResolver } from '../modules/notification/notification.resolver.js';

export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  EconomyResolver,
  OrganizationResolver,
  UserResolver,
  NotificationResolver, RoundResolver,
];
