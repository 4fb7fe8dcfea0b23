// Nested fields of a proposal, its preferred hosts and revisions. References and collections
// load through MikroORM's dataloader, so a list costs one query per level, not one per row.
// The root proposal is one the viewer may see; what hangs off it follows its own rules
// (an archived call is the Secretariat's; users are seen by their organization and the Secretariat).
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Economy } from '../economy/economy.entity.js';
import { ProjectNotification } from '../notification/notification.entity.js';
import { canSeeNotification } from '../notification/notification.policy.js';
import { ApplicationRound } from '../notification/round.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { User } from '../user/user.entity.js';
import { canSeeUsersOf } from '../user/user.policy.js';
import { ProposalPreferredHost } from './preferred-host.entity.js';
import { Proposal } from './proposal.entity.js';
import { ProposalRevision } from './proposal-revision.entity.js';
import { diffRevisions } from './proposal.service.js';
import { PlannedParticipantType, ProposalFieldChange } from './proposal.types.js';

@Resolver(() => Proposal)
export class ProposalFieldResolver {
  @FieldResolver(() => ProjectNotification, { nullable: true, description: 'Null only when the call is archived and you are not the Secretariat.' })
  async notification(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProjectNotification | null> {
    const n = await p.notification.loadOrFail();
    return canSeeNotification(ctx.viewer, n) ? n : null;
  }

  @FieldResolver(() => ApplicationRound, { nullable: true, description: 'The round it was submitted in; null before the first submission.' })
  async round(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ApplicationRound | null> {
    if (!p.round || !(await this.notification(p, ctx))) return null;
    return p.round.loadOrFail();
  }

  @FieldResolver(() => Organization)
  sendingOrganization(@Root() p: Proposal): Promise<Organization> {
    return p.sendingOrganization.loadOrFail();
  }

  @FieldResolver(() => Economy, { description: "The sending NPO's economy." })
  async economy(@Root() p: Proposal): Promise<Economy> {
    const org = await p.sendingOrganization.loadOrFail();
    return org.economy!.loadOrFail();
  }

  @FieldResolver(() => [ProposalPreferredHost], { description: 'First choice first.' })
  async preferredHosts(@Root() p: Proposal): Promise<ProposalPreferredHost[]> {
    const hosts = await p.preferredHosts.load();
    return [...hosts.getItems()].sort((a, b) => a.rank - b.rank);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who created it; null when you may not see users of their organization.' })
  proposedBy(@Root() p: Proposal, @Ctx() ctx: Context): Promise<User | null> {
    return visibleUser(p.proposedBy.loadOrFail(), ctx);
  }

  @FieldResolver(() => [PlannedParticipantType])
  plannedParticipants(@Root() p: Proposal): PlannedParticipantType[] {
    return p.plannedParticipants.map((x) => ({ name: x.name, title: x.title ?? null, qualification: x.qualification }));
  }

  @FieldResolver(() => [ProposalRevision], { description: 'One per submission, oldest first.' })
  async revisions(@Root() p: Proposal): Promise<ProposalRevision[]> {
    const revisions = await p.revisions.load();
    return [...revisions.getItems()].sort((a, b) => a.number - b.number);
  }

  @FieldResolver(() => [ProposalFieldChange], { description: 'The fields that differ between two revisions (by number), in a fixed field order.' })
  diff(@Root() p: Proposal, @Arg('from', () => Int) from: number, @Arg('to', () => Int) to: number, @Ctx() ctx: Context): Promise<ProposalFieldChange[]> {
    return diffRevisions(ctx.em, p, from, to);
  }
}

@Resolver(() => ProposalPreferredHost)
export class PreferredHostResolver {
  @FieldResolver(() => Organization)
  organization(@Root() h: ProposalPreferredHost): Promise<Organization> {
    return h.organization.loadOrFail();
  }
}

@Resolver(() => ProposalRevision)
export class ProposalRevisionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it; null when you may not see users of their organization.' })
  author(@Root() r: ProposalRevision, @Ctx() ctx: Context): Promise<User | null> {
    return visibleUser(r.author.loadOrFail(), ctx);
  }
}

async function visibleUser(user: Promise<User>, ctx: Context): Promise<User | null> {
  const u = await user;
  return canSeeUsersOf(ctx.viewer, u.organization.id) ? u : null;
}
