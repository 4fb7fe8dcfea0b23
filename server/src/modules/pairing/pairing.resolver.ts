// GraphQL for pairings: the workflow mutations, the lists, and the nested workspace fields.
import { Reference } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { batchOf } from '../../loaders/batch.js';
import { nestedPage } from '../../loaders/nested-page.js';
import { selectedPaths, selectedRelations } from '../../loaders/selection.js';
import { toConnection } from '../../shared/connection.type.js';
import { PageArgsType } from '../../shared/page.args.js';
import { paginate } from '../../shared/pagination.js';
import { Organization } from '../organization/organization.entity.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { Role, User } from '../user/user.entity.js';
import { Thread } from '../workspace/thread.entity.js';
import { ThreadConnection } from '../workspace/workspace.types.js';
import { FollowUpActivity } from './follow-up.entity.js';
import { MeetingPlan } from './meeting-plan.entity.js';
import { createPairing, movePairing, respondToHostInvitation } from './pairing.commands.js';
import { Pairing } from './pairing.entity.js';
import { PairingAction } from './pairing.enums.js';
import { PairingsArgs, PairingVersionArgs, RescheduleMeetingInput } from './pairing.inputs.js';
import { getPairing, listPairings, pairingMembers, pairingsOfProposals, viewerActionsOf } from './pairing.service.js';
import { PairingConnection, PairingSuggestion } from './pairing.types.js';
import { pairingSuggestions } from './suggestions.js';

/** The to-one relations of a pairing read in the same statement when their field is selected. */
const PAIRING_JOINS = { hostOrganization: ['hostOrganization' as const], sendingOrganization: ['sendingOrganization' as const] };

@Resolver(() => Pairing)
export class PairingResolver {
  @Authorized()
  @Query(() => PairingConnection, { description: 'Newest first unless orderBy says otherwise; only pairings your organization is a party to (all for the Secretariat).' })
  async pairings(@Args(() => PairingsArgs) args: PairingsArgs, @Ctx() ctx: Context) {
    return toConnection(await listPairings(ctx.em, ctx.viewer, args.filter ?? {}, args));
  }

  @Authorized()
  @Query(() => Pairing)
  pairing(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return getPairing(ctx.em, ctx.viewer, id, selectedRelations(selectedPaths(info, 1), '', PAIRING_JOINS));
  }

  @Authorized(Role.SECRETARIAT)
  @Query(() => [PairingSuggestion], { description: "Host NPOs for a proposal: its preferred hosts first, then by expertise matching its topic." })
  pairingSuggestions(@Arg('proposalId', () => ID) proposalId: string, @Ctx() ctx: Context) {
    return pairingSuggestions(ctx.em, proposalId);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Pairing, { description: 'Invites a host NPO for an APPROVED proposal (HOST_INVITED).' })
  createPairing(@Arg('proposalId', () => ID) proposalId: string, @Arg('hostOrganizationId', () => ID) hostId: string, @Ctx() ctx: Context) {
    return createPairing(ctx, proposalId, hostId);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: "The host's answer: accept → PLANNING; decline (with a reason) → HOST_DECLINED." })
  respondToHostInvitation(
    @Args(() => PairingVersionArgs) { pairingId, version }: PairingVersionArgs,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return respondToHostInvitation(ctx, pairingId, version, accept, reason);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: 'PLANNING → MEETING_SCHEDULED; needs dates, a place, an agenda and delegates within the limit.' })
  scheduleMeeting(@Args(() => PairingVersionArgs) a: PairingVersionArgs, @Ctx() ctx: Context) {
    return movePairing(ctx, a.pairingId, a.version, PairingAction.SCHEDULE);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: 'MEETING_SCHEDULED → PLANNING, with a reason for both sides; the meeting plan and its version are kept.' })
  rescheduleMeeting(@Arg('input', () => RescheduleMeetingInput) i: RescheduleMeetingInput, @Ctx() ctx: Context) {
    return movePairing(ctx, i.pairingId, i.version, PairingAction.RESCHEDULE, i.reason);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: 'MEETING_SCHEDULED → MEETING_HELD, once the planned start has passed.' })
  markMeetingHeld(@Args(() => PairingVersionArgs) a: PairingVersionArgs, @Ctx() ctx: Context) {
    return movePairing(ctx, a.pairingId, a.version, PairingAction.MARK_HELD);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: 'MEETING_HELD → FOLLOW_UP.' })
  startFollowUp(@Args(() => PairingVersionArgs) a: PairingVersionArgs, @Ctx() ctx: Context) {
    return movePairing(ctx, a.pairingId, a.version, PairingAction.START_FOLLOW_UP);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: 'FOLLOW_UP → COMPLETED.' })
  completePairing(@Args(() => PairingVersionArgs) a: PairingVersionArgs, @Ctx() ctx: Context) {
    return movePairing(ctx, a.pairingId, a.version, PairingAction.COMPLETE);
  }

  @Authorized()
  @Mutation(() => Pairing, { description: 'Any open state → CANCELLED, with a reason.' })
  cancelPairing(@Args(() => PairingVersionArgs) a: PairingVersionArgs, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return movePairing(ctx, a.pairingId, a.version, PairingAction.CANCEL, reason);
  }

  @FieldResolver(() => [PairingAction], { description: 'The workflow steps you may take now (state and role); empty when none.' })
  viewerActions(@Root() p: Pairing, @Ctx() ctx: Context): Promise<PairingAction[]> {
    return viewerActionsOf(ctx.em, ctx.viewer, ctx.clock.now(), p);
  }

  @FieldResolver(() => [User], { description: "Who may be mentioned in this pairing's threads: active users of both NPOs and the Secretariat, by name." })
  members(@Root() p: Pairing, @Ctx() ctx: Context): Promise<User[]> {
    return pairingMembers(ctx.em, p);
  }

  @FieldResolver(() => Proposal, { description: 'Both parties may read the proposal they are paired on.' })
  proposal(@Root() p: Pairing): Promise<Proposal> {
    return p.proposal.loadOrFail();
  }

  @FieldResolver(() => Organization)
  sendingOrganization(@Root() p: Pairing): Promise<Organization> {
    return p.sendingOrganization.loadOrFail();
  }

  @FieldResolver(() => Organization)
  hostOrganization(@Root() p: Pairing): Promise<Organization> {
    return p.hostOrganization.loadOrFail();
  }

  @FieldResolver(() => MeetingPlan, { nullable: true, description: 'Created when the host accepts.' })
  meetingPlan(@Root() p: Pairing, @Ctx() ctx: Context): Promise<MeetingPlan | null> {
    // A pairing loaded on its own knows its plan's id (batched load); one reached through a
    // join (thread → pairing) does not, and is looked up.
    return p.meetingPlan ? Reference.create(p.meetingPlan).loadOrFail() : ctx.em.findOne(MeetingPlan, { pairing: p.id });
  }

  @FieldResolver(() => ThreadConnection, { description: 'Planning threads, oldest first (follow-up discussions are on each follow-up).' })
  async threads(@Root() p: Pairing, @Args(() => PageArgsType) page: PageArgsType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toConnection(
      await nestedPage(ctx, p.id, page, {
        name: 'Pairing.threads',
        list: { entity: Thread, parent: 'pairing', where: { followUp: null }, order: [['createdAt', 'asc']] },
        paths: selectedPaths(info),
        alone: () => paginate(ctx.em, Thread, { pairing: p.id, followUp: null }, page, [['createdAt', 'asc']]),
      }),
    );
  }

  @FieldResolver(() => [FollowUpActivity], { description: 'Oldest first.' })
  async followUps(@Root() p: Pairing): Promise<FollowUpActivity[]> {
    return (await p.followUps.load()).getItems();
  }
}

/** `Proposal.pairings`: every host invitation of the proposal that the viewer may see. */
@Resolver(() => Proposal)
export class ProposalPairingsResolver {
  @FieldResolver(() => [Pairing], { description: 'Host invitations of this proposal, oldest first (only those you may see).' })
  pairings(@Root() proposal: Proposal, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Pairing[]> {
    // One statement for the proposals of the whole list, the selected organizations joined.
    const joins = selectedRelations(selectedPaths(info, 1), '', PAIRING_JOINS);
    const batch = batchOf(ctx, `Proposal.pairings:${joins.join()}`, (ids: string[]) => pairingsOfProposals(ctx.em, ctx.viewer, ids, joins), () => []);
    return batch.get(proposal.id);
  }
}
