// GraphQL for project notifications: thin, everything goes to the services.
export { RoundResolver } from './round.resolver.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { toConnection } from '../../shared/connection.type.js';
import { Role } from '../user/user.entity.js';
import { createNotification, moveNotification, updateNotification } from './notification.commands.js';
import { ProjectNotification } from './notification.entity.js';
import { Modality, NotificationStatus } from './notification.enums.js';
import { importNotification } from './notification.import.js';
import { CreateProjectNotificationInput, ProjectNotificationsArgs, UpdateProjectNotificationInput } from './notification.inputs.js';
import { VersionedIdArgs } from '../../shared/version.args.js';
import { openRound, participantLimitFor } from './notification.policy.js';
import { economiesOf, getNotification, listNotifications } from './notification.service.js';
import { Economy } from '../economy/economy.entity.js';
import { ExtraField, ImportProjectNotificationPayload, ParticipantLimit, ProjectNotificationConnection } from './notification.types.js';
import { ApplicationRound } from './round.entity.js';

@Resolver(() => ProjectNotification)
export class NotificationResolver {
  @Query(() => ProjectNotificationConnection, { description: 'Newest first unless orderBy says otherwise. Drafts and archived ones only for the Secretariat.' })
  async projectNotifications(@Args(() => ProjectNotificationsArgs) args: ProjectNotificationsArgs, @Ctx() ctx: Context) {
    return toConnection(await listNotifications(ctx.em, ctx.viewer, args, args));
  }

  @Query(() => ProjectNotification, { description: 'By id or by project code (e.g. 25-SN-03-GE-BCN-C).' })
  projectNotification(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() ctx: Context,
  ) {
    return getNotification(ctx.em, ctx.viewer, { id, code });
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ImportProjectNotificationPayload, { description: 'Creates a DRAFT from the APO text format.' })
  importProjectNotification(
    @Arg('text', () => String) text: string,
    @Arg('replaceDraft', () => Boolean, { nullable: true, defaultValue: false }) replaceDraft: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return importNotification(ctx, text, replaceDraft ?? false);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ProjectNotification, { description: 'Creates a DRAFT.' })
  createProjectNotification(@Arg('input', () => CreateProjectNotificationInput) input: CreateProjectNotificationInput, @Ctx() ctx: Context) {
    return createNotification(ctx, input);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ProjectNotification, { description: 'Omitted fields keep their value; rounds change only in a DRAFT.' })
  updateProjectNotification(
    @Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs,
    @Arg('input', () => UpdateProjectNotificationInput) input: UpdateProjectNotificationInput,
    @Ctx() ctx: Context,
  ) {
    return updateNotification(ctx, id, version, input);
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ProjectNotification, { description: 'DRAFT → PUBLISHED; needs at least one round.' })
  publishProjectNotification(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context) {
    return moveNotification(ctx, id, version, 'PUBLISH');
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ProjectNotification, { description: 'PUBLISHED → CLOSED.' })
  closeProjectNotification(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context) {
    return moveNotification(ctx, id, version, 'CLOSE');
  }

  @Authorized(Role.SECRETARIAT)
  @Mutation(() => ProjectNotification, { description: 'CLOSED → ARCHIVED.' })
  archiveProjectNotification(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context) {
    return moveNotification(ctx, id, version, 'ARCHIVE');
  }

  @FieldResolver(() => [ApplicationRound])
  async rounds(@Root() n: ProjectNotification): Promise<ApplicationRound[]> {
    return (await n.rounds.load()).getItems();
  }

  @FieldResolver(() => ApplicationRound, { nullable: true, description: 'The round accepting proposals now; null unless PUBLISHED.' })
  async currentRound(@Root() n: ProjectNotification, @Ctx() ctx: Context): Promise<ApplicationRound | null> {
    if (n.status !== NotificationStatus.PUBLISHED) return null;
    return openRound((await n.rounds.load()).getItems(), ctx.clock.now());
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Most overseas participants for this modality; null when the call sets none.' })
  participantLimit(@Root() n: ProjectNotification, @Arg('modality', () => Modality) modality: Modality): number | null {
    return participantLimitFor(n.participantLimits, modality);
  }

  @FieldResolver(() => [ParticipantLimit])
  participantLimits(@Root() n: ProjectNotification): ParticipantLimit[] {
    return Object.values(Modality)
      .filter((m) => n.participantLimits[m] !== undefined)
      .map((modality) => ({ modality, max: n.participantLimits[modality]! }));
  }

  @FieldResolver(() => [ExtraField], { description: 'Labelled lines the importer did not know, kept as written.' })
  extraFields(@Root() n: ProjectNotification): ExtraField[] {
    return Object.entries(n.extraFields).map(([label, value]) => ({ label, value }));
  }

  @FieldResolver(() => [Economy], { description: 'Economies whose NPOs may take part: every active economy for "All Member Countries".' })
  eligibleEconomies(@Root() n: ProjectNotification, @Ctx() ctx: Context): Promise<Economy[]> {
    return economiesOf(ctx.em, n.participatingAllMembers, n.participatingEconomies);
  }

  @FieldResolver(() => [Economy], { description: 'Economies that may host: every active economy for "All Member Countries".' })
  eligibleHostEconomies(@Root() n: ProjectNotification, @Ctx() ctx: Context): Promise<Economy[]> {
    return economiesOf(ctx.em, n.hostingAllMembers, n.hostingEconomies);
  }
}
