// GraphQL for the meeting record: reading it (also as `Pairing.meetingRecord`), editing and
// confirming it, and its nested fields (participants' organizations, the agreed follow-ups, the
// confirmed revisions). Every nested field is reached only through a pairing the viewer may see.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { batchOf } from '../../loaders/batch.js';
import { Modality } from '../notification/notification.enums.js';
import { Organization } from '../organization/organization.entity.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { User } from '../user/user.entity.js';
import { confirmMeetingRecord } from './meeting-record.confirm.js';
import { MeetingRecord, MeetingRecordRevision } from './meeting-record.entity.js';
import { MeetingRecordInput, MeetingRecordVersionArgs } from './meeting-record.inputs.js';
import { meetingRecordFor, updateMeetingRecord } from './meeting-record.service.js';
import { RecordParticipantType, RecordSessionType } from './meeting-record.types.js';

@Resolver(() => MeetingRecord)
export class MeetingRecordResolver {
  @Authorized()
  @Query(() => MeetingRecord, { nullable: true, description: 'The meeting record of a pairing; null until the meeting is marked held.' })
  meetingRecord(@Arg('pairingId', () => ID) pairingId: string, @Ctx() ctx: Context) {
    return meetingRecordFor(ctx.em, ctx.viewer, pairingId);
  }

  @Authorized()
  @Mutation(() => MeetingRecord, { description: "Both parties, while MEETING_HELD or FOLLOW_UP. `version` is the record's; a change clears both confirmations." })
  updateMeetingRecord(
    @Args(() => MeetingRecordVersionArgs) { pairingId, version }: MeetingRecordVersionArgs,
    @Arg('input', () => MeetingRecordInput) input: MeetingRecordInput,
    @Ctx() ctx: Context,
  ) {
    return updateMeetingRecord(ctx, pairingId, version, input);
  }

  @Authorized()
  @Mutation(() => MeetingRecord, { description: "An NPO_ADMIN confirms the record as it is at `version`, for his own side; once both sides have, it becomes the next revision." })
  confirmMeetingRecord(@Args(() => MeetingRecordVersionArgs) { pairingId, version }: MeetingRecordVersionArgs, @Ctx() ctx: Context) {
    return confirmMeetingRecord(ctx, pairingId, version);
  }

  @FieldResolver(() => Pairing)
  pairing(@Root() r: MeetingRecord): Promise<Pairing> {
    return r.pairing.loadOrFail();
  }

  @FieldResolver(() => [RecordParticipantType])
  participants(@Root() r: MeetingRecord): RecordParticipantType[] {
    return r.participants;
  }

  @FieldResolver(() => [RecordSessionType])
  sessions(@Root() r: MeetingRecord): RecordSessionType[] {
    return r.sessions;
  }

  @FieldResolver(() => [FollowUpActivity], { description: 'The follow-up activities agreed at the meeting, in the order recorded.' })
  async followUps(@Root() r: MeetingRecord, @Ctx() ctx: Context): Promise<FollowUpActivity[]> {
    // One statement for the records of a whole list; only this pairing's (ids are checked on save).
    const batch = batchOf(ctx, 'MeetingRecord.followUps', async (ids: string[]) => {
      const rows = await ctx.em.find(FollowUpActivity, { id: { $in: ids } });
      return new Map(rows.map((f) => [f.id, f]));
    }, () => null);
    const found = await Promise.all(r.followUpIds.map((id) => batch.get(id)));
    return found.filter((f): f is FollowUpActivity => !!f && f.pairing.id === r.pairing.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether an administrator of the sending NPO confirmed the record as it is now.' })
  confirmedBySending(@Root() r: MeetingRecord): boolean {
    return !!r.sendingConfirmedAt;
  }

  @FieldResolver(() => Boolean, { description: 'Whether an administrator of the host NPO confirmed the record as it is now.' })
  confirmedByHost(@Root() r: MeetingRecord): boolean {
    return !!r.hostConfirmedAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The administrator of the sending NPO who confirmed the record as it is now.' })
  sendingConfirmedBy(@Root() r: MeetingRecord): Promise<User | null> | null {
    return r.sendingConfirmedBy?.loadOrFail() ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The administrator of the host NPO who confirmed the record as it is now.' })
  hostConfirmedBy(@Root() r: MeetingRecord): Promise<User | null> | null {
    return r.hostConfirmedBy?.loadOrFail() ?? null;
  }

  @FieldResolver(() => [MeetingRecordRevision], { description: 'Each state both sides confirmed, oldest first.' })
  revisions(@Root() r: MeetingRecord, @Ctx() ctx: Context): Promise<MeetingRecordRevision[]> {
    const batch = batchOf(ctx, 'MeetingRecord.revisions', async (ids: string[]) => {
      const rows = await ctx.em.find(MeetingRecordRevision, { record: { $in: ids } }, { orderBy: { number: 'asc' } });
      const byRecord = new Map<string, MeetingRecordRevision[]>();
      for (const v of rows) byRecord.set(v.record.id, [...(byRecord.get(v.record.id) ?? []), v]);
      return byRecord;
    }, () => []);
    return batch.get(r.id);
  }
}

/** `Pairing.meetingRecord`: the pairing was already checked for this viewer. */
@Resolver(() => Pairing)
export class PairingMeetingRecordResolver {
  @FieldResolver(() => MeetingRecord, { nullable: true, description: 'Opened when the meeting is marked held.' })
  meetingRecord(@Root() p: Pairing, @Ctx() ctx: Context): Promise<MeetingRecord | null> {
    // One statement for the pairings of a whole list.
    const batch = batchOf(ctx, 'Pairing.meetingRecord', async (ids: string[]) => {
      const rows = await ctx.em.find(MeetingRecord, { pairing: { $in: ids } });
      return new Map(rows.map((r) => [r.pairing.id, r]));
    }, () => null);
    return batch.get(p.id);
  }
}

@Resolver(() => RecordParticipantType)
export class RecordParticipantResolver {
  @FieldResolver(() => Organization)
  organization(@Root() d: RecordParticipantType, @Ctx() ctx: Context): Promise<Organization> {
    return ctx.em.getReference(Organization, d.organizationId, { wrapped: true }).loadOrFail();
  }
}

/** A revision's content, read from its snapshot. */
@Resolver(() => MeetingRecordRevision)
export class MeetingRecordRevisionResolver {
  @FieldResolver(() => String, { nullable: true }) heldFrom(@Root() v: MeetingRecordRevision) { return (v.fields.heldFrom as string | null) ?? null; }
  @FieldResolver(() => String, { nullable: true }) heldTo(@Root() v: MeetingRecordRevision) { return (v.fields.heldTo as string | null) ?? null; }
  @FieldResolver(() => Modality, { nullable: true }) modality(@Root() v: MeetingRecordRevision) { return (v.fields.modality as Modality | null) ?? null; }
  @FieldResolver(() => [RecordParticipantType]) participants(@Root() v: MeetingRecordRevision) { return (v.fields.participants as RecordParticipantType[]) ?? []; }
  @FieldResolver(() => [RecordSessionType]) sessions(@Root() v: MeetingRecordRevision) { return (v.fields.sessions as RecordSessionType[]) ?? []; }
  @FieldResolver(() => String, { nullable: true }) keyLearnings(@Root() v: MeetingRecordRevision) { return (v.fields.keyLearnings as string | null) ?? null; }
  @FieldResolver(() => [ID]) followUpIds(@Root() v: MeetingRecordRevision) { return (v.fields.followUpIds as string[]) ?? []; }
}
