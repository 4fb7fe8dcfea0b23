// The bytes of attachments (issue 18), outside GraphQL:
// - PUT /uploads/<id>?token=<secret>: the upload URL that createUpload hands out when files are
//   kept on local disk. The URL is the permission (a per-upload random secret, stored hashed, so
//   any instance checks it without a shared key); it works until the upload's expiresAt and takes
//   at most the declared size.
// - GET /files/<id>: the download, with the GraphQL endpoint's credential (readerOf) and the
//   target's visibility (NOT_FOUND otherwise); always an attachment, never rendered by the browser.
import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../context.js';
import { badInput, conflict, DomainError, DomainErrorCode, notFound } from '../errors.js';
import { hashUploadSecret } from '../modules/attachment/attachment.commands.js';
import { Attachment, AttachmentStatus } from '../modules/attachment/attachment.entity.js';
import { contentDisposition } from '../modules/attachment/attachment.names.js';
import { findAttachmentForViewer } from '../modules/attachment/attachment.service.js';
import { fileStoreOf, TooLarge } from '../modules/attachment/attachment.storage.js';
import { isUuid } from '../modules/organization/organization.service.js';
import { readerOf, restErrorHandler } from './integration-routes.js';

function secretMatches(given: unknown, hash: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = Buffer.from(hashUploadSecret(given), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

const refused = (message: string, reason: string) => new DomainError(DomainErrorCode.FORBIDDEN, message, { reason });

/** The pending upload this URL is for, or a refusal: unknown id 404, bad secret or expired URL 403, attached 409. */
async function uploadOf(deps: AppDeps, req: Request): Promise<Attachment> {
  const id = String(req.params.id);
  const em = deps.orm.em.fork() as EntityManager;
  const a = isUuid(id) ? await em.findOne(Attachment, { id }) : null;
  if (!a) throw notFound('Upload');
  if (!secretMatches(req.query.token, a.uploadSecretHash)) throw refused('This upload URL is not valid.', 'BAD_SIGNATURE');
  if (deps.clock.now() > a.expiresAt) throw refused('This upload URL has expired. Ask for a new one.', 'UPLOAD_URL_EXPIRED');
  if (a.status !== AttachmentStatus.PENDING) throw conflict('This file is already attached; upload a new one instead.');
  return a;
}

const tooLarge = (limit: number) => Object.assign(badInput('body', `The body is larger than the declared size of ${limit} bytes.`, { reason: 'FILE_TOO_LARGE', limit }), { status: 413 });

async function receiveUpload(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const a = await uploadOf(deps, req);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > a.declaredSize) throw tooLarge(a.declaredSize);
  try {
    const size = await fileStoreOf(deps.config).write(a.storageKey, req, a.declaredSize);
    res.status(200).json({ uploadId: a.id, size });
  } catch (e) {
    throw e instanceof TooLarge ? tooLarge(a.declaredSize) : e;
  }
}

async function sendFile(deps: AppDeps, req: Request, res: Response): Promise<void> {
  const ctx = await readerOf(deps)(req, res);
  const a = await findAttachmentForViewer(ctx.em, ctx.viewer, String(req.params.id));
  if (!a) throw notFound('File');
  const body = await fileStoreOf(deps.config).read(a.storageKey);
  const type = a.contentType!.startsWith('text/') ? `${a.contentType}; charset=utf-8` : a.contentType!;
  res.status(200).set({
    'Content-Type': type,
    'Content-Length': String(a.size),
    'Content-Disposition': contentDisposition(a.filename),
    'X-Content-Type-Options': 'nosniff',
    // Should a browser ever render it anyway: no scripts, no plugins, no same-origin access.
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  });
  body.on('error', (e) => res.destroy(e));
  body.pipe(res);
}

export function attachmentRoutes(deps: AppDeps): Router {
  const router = Router();
  const handle = (fn: (deps: AppDeps, req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: (e: unknown) => void) =>
    void fn(deps, req, res).catch((e: unknown) => {
      // Refused before the body was read: drain it so the client sees the answer, not a reset.
      if (!req.readableEnded) req.resume();
      next(e);
    });
  router.put('/uploads/:id', handle(receiveUpload));
  router.get('/files/:id', handle(sendFile));
  const errors = restErrorHandler(deps);
  router.use((err: unknown, req: Request, res: Response, next: (e?: unknown) => void) => {
    // The shared handler answers BAD_USER_INPUT with 400; a body over its size is 413.
    if ((err as { status?: unknown })?.status === 413) {
      const status = res.status.bind(res);
      res.status = ((code: number) => status(code === 400 ? 413 : code)) as typeof res.status;
    }
    errors(err, req, res, next);
  });
  return router;
}
