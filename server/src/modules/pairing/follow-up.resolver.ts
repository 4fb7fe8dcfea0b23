// GraphQL for follow-up activities and their discussion threads.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Organization } from '../organization/organization.entity.js';
import { Thread } from '../workspace/thread.entity.js';
import { FollowUpActivity, FollowUpStatus } from './follow-up.entity.js';
import { createFollowUp, nextStatusesOf, updateFollowUp } from './follow-up.service.js';
import { Pairing } from './pairing.entity.js';
import { CreateFollowUpInput, UpdateFollowUpInput } from './pairing.inputs.js';

@Resolver(() => FollowUpActivity)
export class FollowUpResolver {
  @Authorized()
  @Mutation(() => FollowUpActivity, { description: 'In MEETING_HELD or FOLLOW_UP; also opens its discussion thread.' })
  createFollowUpActivity(
    @Arg('pairingId', () => ID) pairingId: string,
    @Arg('input', () => CreateFollowUpInput) input: CreateFollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return createFollowUp(ctx, pairingId, input);
  }

  @Authorized()
  @Mutation(() => FollowUpActivity, { description: 'Status: PROPOSED → AGREED → IN_PROGRESS → DONE, or DROPPED.' })
  updateFollowUpActivity(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateFollowUpInput) input: UpdateFollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return updateFollowUp(ctx, id, version, input);
  }

  @FieldResolver(() => [FollowUpStatus], { description: 'The statuses you may move this activity to now; empty when none.' })
  nextStatuses(@Root() f: FollowUpActivity, @Ctx() ctx: Context): Promise<FollowUpStatus[]> {
    return nextStatusesOf(ctx.viewer, f);
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() f: FollowUpActivity): Promise<Pairing> {
    return f.pairing.loadOrFail();
  }

  @FieldResolver(() => Organization)
  ownerOrganization(@Root() f: FollowUpActivity): Promise<Organization> {
    return f.ownerOrganization.loadOrFail();
  }

  @FieldResolver(() => Thread, { nullable: true, description: 'The discussion of this activity.' })
  async thread(@Root() f: FollowUpActivity): Promise<Thread | null> {
    return (await f.threads.load()).getItems()[0] ?? null;
  }
}
