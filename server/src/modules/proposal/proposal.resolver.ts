// GraphQL queries and mutations of proposals: thin, everything goes to the services.
// Nested fields are in proposal-fields.resolver.ts.
export { PreferredHostResolver, ProposalFieldResolver, ProposalRevisionResolver } from './proposal-fields.resolver.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { selectedPaths, selectedRelations } from '../../loaders/selection.js';
import { toConnection } from '../../shared/connection.type.js';
import { Role } from '../user/user.entity.js';
import { createProposal, moveProposal, submitProposal, updateProposal } from './proposal.commands.js';
import { Proposal } from './proposal.entity.js';
import { CreateProposalInput, ProposalCommentArgs, ProposalReasonArgs, ProposalsArgs, UpdateProposalInput } from './proposal.inputs.js';
import { VersionedIdArgs } from '../../shared/version.args.js';
import { getProposal, listProposals, type ProposalJoin } from './proposal.service.js';
import { ProposalConnection } from './proposal.types.js';

/**
 * Nested fields of a listed proposal → the relations read with the page. The call and its round
 * are not joined: a page's proposals share a handful of calls, and a joined call (its text, its
 * lists) repeated on every row cost more to parse and merge than one batched read of the few
 * distinct ones (proposal-fields.resolver.ts loads them through the dataloader).
 */
const PROPOSAL_JOINS: Record<string, ProposalJoin[]> = {
  sendingOrganization: ['sendingOrganization'],
  economy: ['sendingOrganization.economy'],
};

@Resolver(() => Proposal)
export class ProposalResolver {
  @Authorized()
  @Query(() => ProposalConnection, { description: 'Newest first unless orderBy says otherwise. The Secretariat sees all; an NPO its own and those it was invited to host.' })
  async proposals(@Args(() => ProposalsArgs) args: ProposalsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const paths = selectedPaths(info);
    const joins = selectedRelations(paths, 'edges.node.', PROPOSAL_JOINS);
    return toConnection(await listProposals(ctx.em, ctx.viewer, args.filter ?? {}, args, joins, paths.has('totalCount')));
  }

  @Authorized()
  @Query(() => Proposal, { description: 'NOT_FOUND also when you may not see it.' })
  proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getProposal(ctx.em, ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => Proposal, { description: 'A DRAFT. NPO users for their own organization; the Secretariat on behalf of a sending NPO.' })
  createProposal(@Arg('input', () => CreateProposalInput) input: CreateProposalInput, @Ctx() ctx: Context) {
    return createProposal(ctx, input);
  }

  @Authorized()
  @Mutation(() => Proposal, { description: 'DRAFT or CHANGES_REQUESTED only. Omitted fields keep their value.' })
  updateProposal(
    @Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs,
    @Arg('input', () => UpdateProposalInput) input: UpdateProposalInput,
    @Ctx() ctx: Context,
  ) {
    return updateProposal(ctx, id, version, input);
  }

  @Authorized()
  @Mutation(() => Proposal, { description: 'DRAFT or CHANGES_REQUESTED → SUBMITTED, within an open round and the participant limit; snapshots a revision.' })
  submitProposal(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context) {
    return submitProposal(ctx, id, version);
  }

  @Authorized()
  @Mutation(() => Proposal, { description: 'By the proposer, before a decision → WITHDRAWN.' })
  withdrawProposal(@Args(() => ProposalReasonArgs) { id, version, reason }: ProposalReasonArgs, @Ctx() ctx: Context) {
    return moveProposal(ctx, id, version, 'withdraw', reason);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Proposal, { description: 'SUBMITTED → UNDER_REVIEW.' })
  startProposalReview(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context) {
    return moveProposal(ctx, id, version, 'startReview');
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Proposal, { description: 'UNDER_REVIEW → CHANGES_REQUESTED; the proposer edits and submits again.' })
  requestProposalChanges(@Args(() => ProposalCommentArgs) { id, version, comment }: ProposalCommentArgs, @Ctx() ctx: Context) {
    return moveProposal(ctx, id, version, 'requestChanges', comment);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Proposal, { description: 'UNDER_REVIEW → APPROVED.' })
  approveProposal(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context) {
    return moveProposal(ctx, id, version, 'approve');
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => Proposal, { description: 'UNDER_REVIEW → REJECTED.' })
  rejectProposal(@Args(() => ProposalReasonArgs) { id, version, reason }: ProposalReasonArgs, @Ctx() ctx: Context) {
    return moveProposal(ctx, id, version, 'reject', reason);
  }
}
