// Every resolver of the schema, one line per feature.
import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { EconomyResolver } from '../modules/economy/economy.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { UserResolver } from '../modules/user/user.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  EconomyResolver,
  OrganizationResolver,
  UserResolver,
];
