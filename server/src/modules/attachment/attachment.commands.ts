// Adding a file, in two steps so that no bytes go through GraphQL: createUpload hands out a
// short-lived upload URL (our own PUT route with a per-upload secret, or a presigned S3 URL);
// attachFile then checks the stored bytes (size, type by content) and ties the file to its
// target, recording ATTACHMENT_ADDED for the target's live streams in the same transaction.
import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { isUuid } from '../organization/organization.service.js';
import { recordPairingEvent } from '../pairing/pairing.service.js';
import { proposalAudience } from '../proposal/proposal.service.js';
import { ATTACH_GRACE_MS } from './attachment-purge.service.js';
import { Attachment, AttachmentStatus, TARGET_KINDS, type TargetKind } from './attachment.entity.js';
import type { AttachmentTargetInput, CreateUploadInput } from './attachment.inputs.js';
import { sanitizeFilename } from './attachment.names.js';
import { findTargetForViewer, mayUpload, type SeenTarget, type TargetRef } from './attachment.policy.js';
import { ALLOWED_TYPES, sniffContentType } from './attachment.sniff.js';
import { fileStoreOf } from './attachment.storage.js';
import type { CreatedUpload } from './attachment.types.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock' | 'config' | 'http'>;

export const hashUploadSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function tooLarge(field: string, limit: number) {
  return badInput(field, `The file is larger than the limit of ${mb(limit)}.`, { reason: 'FILE_TOO_LARGE', limit });
}

export async function createUpload(ctx: Ctx, input: CreateUploadInput): Promise<CreatedUpload> {
  if (!mayUpload(ctx.viewer)) throw forbidden('Files are uploaded by a person signed in with a session.');
  const filename = sanitizeFilename(input.filename);
  if (!filename) throw badInput('filename', 'Give the file a name with at least one letter or digit.');
  const limit = ctx.config.files.maxUploadBytes;
  if (input.size > limit) throw tooLarge('size', limit);
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(ctx.clock.now().getTime() + ctx.config.files.uploadTtlMs);
  const a = ctx.em.create(Attachment, {
    filename,
    declaredContentType: input.contentType,
    declaredSize: input.size,
    storageKey: '',
    uploadSecretHash: hashUploadSecret(secret),
    uploadedBy: ctx.viewer!.userId!,
    expiresAt,
  });
  a.storageKey = a.id;
  await ctx.em.flush();
  const presigned = await fileStoreOf(ctx.config).presignPut(a.storageKey, Math.ceil(ctx.config.files.uploadTtlMs / 1000));
  const origin = ctx.http?.origin ?? ctx.config.mail.publicUrl;
  const url = presigned ?? `${origin}/uploads/${a.id}?token=${secret}`;
  return { uploadId: a.id, url, expiresAt, headers: [] };
}

function targetRefOf(input: AttachmentTargetInput): TargetRef {
  const given = TARGET_KINDS.map((kind) => ({ kind, id: input[`${kind}Id`] })).filter((t): t is TargetRef => !!t.id);
  if (given.length !== 1) throw badInput('target', 'Name exactly one of proposalId, pairingId, messageId, followUpId and meetingRecordId.');
  return given[0];
}

/** The viewer's own pending upload, still attachable. */
async function loadPending(em: EntityManager, ctx: Ctx, uploadId: string, lock: boolean): Promise<Attachment> {
  const a = isUuid(uploadId) ? await em.findOne(Attachment, { id: uploadId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!a || a.uploadedBy.id !== ctx.viewer?.userId) throw notFound('Upload');
  if (a.status !== AttachmentStatus.PENDING) throw badInput('uploadId', 'This upload is already attached.', { reason: 'ALREADY_ATTACHED' });
  if (ctx.clock.now().getTime() > a.expiresAt.getTime() + ATTACH_GRACE_MS) {
    throw badInput('uploadId', 'This upload expired. Upload the file again.', { reason: 'UPLOAD_EXPIRED' });
  }
  return a;
}

/** Reads the stored bytes (outside any transaction): present, within the limit, of an allowed type. */
async function checkStoredFile(ctx: Ctx, a: Attachment): Promise<{ size: number; contentType: string }> {
  const store = fileStoreOf(ctx.config);
  const size = await store.sizeOf(a.storageKey);
  if (size === null || size === 0) throw badInput('uploadId', 'Nothing was uploaded yet: PUT the file to the upload URL first.', { reason: 'UPLOAD_MISSING' });
  const limit = ctx.config.files.maxUploadBytes;
  if (size > limit) throw tooLarge('uploadId', limit);
  const contentType = await sniffContentType((range) => store.read(a.storageKey, range), size, a.filename);
  if (!contentType) {
    const allowed = [...new Set(ALLOWED_TYPES.values())].join(', ');
    throw badInput('uploadId', `This kind of file cannot be attached. Allowed: ${allowed}.`, { reason: 'FILE_TYPE_NOT_ALLOWED', allowed: [...ALLOWED_TYPES.keys()] });
  }
  return { size, contentType };
}

async function recordAttached(tx: EntityManager, record: RecordEvent, ctx: Ctx, a: Attachment, t: SeenTarget): Promise<void> {
  const payload = { ...t.payload, attachmentId: a.id, filename: a.filename };
  if (t.proposal) {
    const audienceOrgIds = await proposalAudience(tx, t.proposal);
    record({ type: 'ATTACHMENT_ADDED', subjectType: 'Attachment', subjectId: a.id, actorId: ctx.viewer?.userId ?? null, audienceOrgIds, payload });
    return;
  }
  // A message's file is news in its thread, not an inbox alert; a plan's or follow-up's alerts the other side.
  await recordPairingEvent(tx, record, ctx.viewer, t.pairing!, {
    type: 'ATTACHMENT_ADDED',
    subjectType: 'Attachment',
    subjectId: a.id,
    payload,
    ...(t.kind === 'message' ? { alerts: [] } : { summary: `added “${a.filename}” to ${t.label}` }),
  });
}

const TARGET_NAME: Record<TargetKind, string> = { proposal: 'Proposal', pairing: 'Pairing', message: 'Message', followUp: 'Follow-up activity', meetingRecord: 'Meeting record' };

async function seeTarget(em: EntityManager, ctx: Ctx, ref: TargetRef): Promise<SeenTarget> {
  const target = await findTargetForViewer(em, ctx.viewer, ref);
  if (!target) throw notFound(TARGET_NAME[ref.kind]);
  if (!target.mayAttach) throw forbidden(`You may not add files to ${target.label}.`);
  // A target with its own rule for when it changes refuses as a change of it would be refused.
  target.assertOpen?.();
  return target;
}

export async function attachFile(ctx: Ctx, uploadId: string, input: AttachmentTargetInput): Promise<Attachment> {
  const ref = targetRefOf(input);
  // Who and what first, then the bytes (slow on S3) outside the transaction, then the change.
  const read = ctx.em.fork();
  const pending = await loadPending(read, ctx, uploadId, false);
  await seeTarget(read, ctx, ref);
  const checked = await checkStoredFile(ctx, pending);
  return runInTransaction(ctx.em, async (tx, record) => {
    const a = await loadPending(tx, ctx, uploadId, true);
    const target = await seeTarget(tx, ctx, ref);
    Object.assign(a, { ...checked, status: AttachmentStatus.ATTACHED, attachedAt: ctx.clock.now(), [`${ref.kind}Id`]: ref.id });
    await tx.flush();
    await recordAttached(tx, record, ctx, a, target);
    return a;
  });
}
