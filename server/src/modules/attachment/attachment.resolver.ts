// GraphQL for attachments: the two mutations of an upload, the Attachment's own fields, and the
// `attachments` list on each kind of target (batched per request). Thin: the rules are in the
// commands, the service and the policy.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { MeetingRecord } from '../meeting-record/meeting-record.entity.js';
import { FollowUpActivity } from '../pairing/follow-up.entity.js';
import { MeetingPlan } from '../pairing/meeting-plan.entity.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { User } from '../user/user.entity.js';
import { canSeeUsersOf } from '../user/user.policy.js';
import { Message } from '../workspace/message.entity.js';
import { attachFile, createUpload } from './attachment.commands.js';
import { Attachment } from './attachment.entity.js';
import { AttachmentTargetInput, CreateUploadInput } from './attachment.inputs.js';
import { attachmentsOf, downloadPath } from './attachment.service.js';
import { CreatedUpload } from './attachment.types.js';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Authorized()
  @Mutation(() => CreatedUpload, { description: 'Step 1 of adding a file: a short-lived URL to PUT its bytes to. Then attachFile.' })
  createUpload(@Arg('input', () => CreateUploadInput) input: CreateUploadInput, @Ctx() ctx: Context) {
    return createUpload(ctx, input);
  }

  @Authorized()
  @Mutation(() => Attachment, {
    description:
      'Step 2: checks the uploaded bytes (size limit; PDF, Office, PNG, JPEG, WebP or plain text, by content) and attaches the file. Refusals are BAD_USER_INPUT with extensions.reason FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, UPLOAD_MISSING, UPLOAD_EXPIRED or ALREADY_ATTACHED.',
  })
  attachFile(@Arg('uploadId', () => ID) uploadId: string, @Arg('target', () => AttachmentTargetInput) target: AttachmentTargetInput, @Ctx() ctx: Context) {
    return attachFile(ctx, uploadId, target);
  }

  @FieldResolver(() => Int, { description: 'In bytes, as stored.' })
  size(@Root() a: Attachment): number {
    return a.size ?? a.declaredSize;
  }

  @FieldResolver(() => String, { description: "Found from the file's bytes; the download is sent with it." })
  contentType(@Root() a: Attachment): string {
    return a.contentType ?? 'application/octet-stream';
  }

  @FieldResolver(() => String, { description: 'GET it with the same credential (session cookie or Authorization: Bearer); always a download (Content-Disposition: attachment).' })
  url(@Root() a: Attachment, @Ctx() ctx: Context): string {
    return `${ctx.http?.origin ?? ctx.config.mail.publicUrl}${downloadPath(a)}`;
  }

  @FieldResolver(() => User, { nullable: true, description: "Null on a proposal's file when you may not see users of the uploader's organization." })
  async uploadedBy(@Root() a: Attachment, @Ctx() ctx: Context): Promise<User | null> {
    const u = await a.uploadedBy.loadOrFail();
    return !a.proposalId || canSeeUsersOf(ctx.viewer, u.organization.id) ? u : null;
  }
}

const LIST = { description: 'Attached files, oldest first.' };

@Resolver(() => Proposal)
export class ProposalAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, ctx.em, 'proposal', p.id);
  }
}

@Resolver(() => Pairing)
export class PairingAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "The meeting plan's files (agendas, presentations), oldest first." })
  attachments(@Root() p: Pairing, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, ctx.em, 'pairing', p.id);
  }
}

@Resolver(() => MeetingPlan)
export class MeetingPlanAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "The plan's files (the same as its pairing's attachments), oldest first." })
  attachments(@Root() plan: MeetingPlan, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, ctx.em, 'pairing', plan.pairing.id);
  }
}

@Resolver(() => Message)
export class MessageAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "Attached files, oldest first; a deleted message's files are deleted with it." })
  attachments(@Root() m: Message, @Ctx() ctx: Context): Promise<Attachment[]> {
    return m.deletedAt ? Promise.resolve([]) : attachmentsOf(ctx, ctx.em, 'message', m.id);
  }
}

@Resolver(() => FollowUpActivity)
export class FollowUpAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(@Root() f: FollowUpActivity, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, ctx.em, 'followUp', f.id);
  }
}

@Resolver(() => MeetingRecord)
export class MeetingRecordAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "The record's documents (minutes, signed documents), oldest first; not part of what the NPOs confirm." })
  attachments(@Root() r: MeetingRecord, @Ctx() ctx: Context): Promise<Attachment[]> {
    return attachmentsOf(ctx, ctx.em, 'meetingRecord', r.id);
  }
}
