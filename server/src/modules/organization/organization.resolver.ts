import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ConnectionType, toConnection } from '../../shared/connection.type.js';
import { Economy } from '../economy/economy.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationArgs, OrganizationsArgs } from './organization.inputs.js';
import { getOrganization, listOrganizations } from './organization.service.js';

export const OrganizationConnection = ConnectionType(Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'NPOs and the Secretariat, by name.' })
  async organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    return toConnection(await listOrganizations(ctx.em, args, args));
  }

  @Query(() => Organization)
  organization(@Args(() => OrganizationArgs) { id }: OrganizationArgs, @Ctx() ctx: Context) {
    return getOrganization(ctx.em, id);
  }

  @FieldResolver(() => Economy, { nullable: true, description: 'Null for the Secretariat.' })
  economy(@Root() org: Organization): Promise<Economy | null> | null {
    return org.economy ? org.economy.load() : null;
  }
}
