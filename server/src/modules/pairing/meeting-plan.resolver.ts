// GraphQL for the meeting plan: editing it, its agenda and delegates, its times in both zones.
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { localTimesOf, updateMeetingPlan, type LocalTimes } from './meeting-plan.service.js';
import { Pairing } from './pairing.entity.js';
import { MeetingPlanInput, PairingVersionArgs } from './pairing.inputs.js';
import { AgendaItemType, DelegateType, MeetingLocalTimes } from './pairing.types.js';

@Resolver(() => MeetingPlan)
export class MeetingPlanResolver {
  @Authorized()
  @Mutation(() => MeetingPlan, { description: 'Both parties, while PLANNING. `version` is the meeting plan\'s version.' })
  updateMeetingPlan(
    @Args(() => PairingVersionArgs) { pairingId, version }: PairingVersionArgs,
    @Arg('input', () => MeetingPlanInput) input: MeetingPlanInput,
    @Ctx() ctx: Context,
  ) {
    return updateMeetingPlan(ctx, pairingId, version, input);
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() plan: MeetingPlan, @Ctx() ctx: Context): Promise<Pairing> {
    return ctx.em.findOneOrFail(Pairing, { id: (plan.pairing as Pairing).id });
  }

  @FieldResolver(() => [AgendaItemType])
  agenda(@Root() plan: MeetingPlan): AgendaItemType[] {
    return plan.agenda.map((a) => ({ ...a, startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt) }));
  }

  @FieldResolver(() => [DelegateType])
  delegates(@Root() plan: MeetingPlan): DelegateType[] {
    return plan.delegates;
  }

  @FieldResolver(() => [MeetingLocalTimes], { description: 'Start and end in the sending NPO\'s zone, then in the host\'s.' })
  async localTimes(@Root() plan: MeetingPlan, @Ctx() ctx: Context): Promise<LocalTimes[]> {
    const p = await ctx.em.findOneOrFail(Pairing, { id: (plan.pairing as Pairing).id }, { populate: ['sendingOrganization', 'hostOrganization'] });
    return localTimesOf(plan, [p.sendingOrganization.getEntity(), p.hostOrganization.getEntity()]);
  }
}

@Resolver(() => DelegateType)
export class DelegateResolver {
  @FieldResolver(() => Organization)
  organization(@Root() d: DelegateType, @Ctx() ctx: Context): Promise<Organization> {
    return ctx.em.getReference(Organization, d.organizationId, { wrapped: true }).loadOrFail();
  }
}
