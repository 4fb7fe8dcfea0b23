// Threads of a pairing workspace: reading them as a viewer, opening one, read markers and
// unread counts. Realtime finds a thread through `findThreadForViewer`.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { recordPairingEvent } from '../pairing/pairing.service.js';
import { findPairingForViewer } from '../pairing/pairing.service.js';
import { Message } from './message.entity.js';
import { ThreadReadMarker } from './read-marker.entity.js';
import { Thread } from './thread.entity.js';
import { canSeeWorkspace, canTalkIn, WORKSPACE_CLOSED } from './workspace.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

/** The thread, or null when it does not exist or this viewer may not see its pairing. */
export async function findThreadForViewer(em: EntityManager, viewer: Viewer | null, id: string): Promise<Thread | null> {
  if (!isUuid(id)) return null;
  const t = await em.findOne(Thread, { id }, { populate: ['pairing'] });
  return t && canSeeWorkspace(viewer, t.pairing.getEntity()) ? t : null;
}

export async function getThread(em: EntityManager, viewer: Viewer | null, id: string): Promise<Thread> {
  const t = await findThreadForViewer(em, viewer, id);
  if (!t) throw notFound('Thread');
  return t;
}

/** Checks that the viewer may write in this pairing's workspace now. */
export function assertCanTalk(viewer: Viewer | null, p: Pairing): void {
  if (!canTalkIn(viewer, p)) throw forbidden('Only a person of one of the two NPOs or the Secretariat may write here.');
  if (WORKSPACE_CLOSED.includes(p.status)) throw badInput('status', `This pairing is ${p.status}; its workspace is read-only.`, { status: p.status });
}

export async function createThread(ctx: Ctx, pairingId: string, title: string): Promise<Thread> {
  const clean = title.trim();
  if (!clean) throw badInput('title', 'title must not be blank');
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await findPairingForViewer(tx, ctx.viewer, pairingId);
    if (!p) throw notFound('Pairing');
    assertCanTalk(ctx.viewer, p);
    const t = tx.create(Thread, { pairing: p, title: clean, createdBy: ctx.viewer!.userId! });
    await tx.flush();
    await recordPairingEvent(tx, record, ctx.viewer, p, {
      type: 'THREAD_CREATED',
      subjectType: 'Thread',
      subjectId: t.id,
      payload: { threadId: t.id },
      alerts: [],
    });
    return t;
  });
}

/** Marks everything in the thread read for the viewer, up to its newest message. */
export async function markThreadRead(ctx: Ctx, threadId: string): Promise<Thread> {
  const userId = ctx.viewer?.userId;
  return runInTransaction(ctx.em, async (tx, record) => {
    const t = await findThreadForViewer(tx, ctx.viewer, threadId);
    if (!t) throw notFound('Thread');
    if (!userId) throw forbidden('Read markers belong to a person, not an API token.');
    const newest = await tx.findOne(Message, { thread: t.id }, { orderBy: { createdAt: 'desc' } });
    const upTo = newest?.createdAt ?? t.createdAt;
    const marker = await tx.findOne(ThreadReadMarker, { thread: t.id, user: userId });
    if (marker) marker.readUpTo = upTo;
    else tx.create(ThreadReadMarker, { thread: t.id, user: userId, readUpTo: upTo });
    await recordPairingEvent(tx, record, ctx.viewer, t.pairing.getEntity(), {
      type: 'THREAD_READ',
      subjectType: 'Thread',
      subjectId: t.id,
      payload: { threadId: t.id, userId, readUpTo: upTo.toISOString() },
      alerts: [],
    });
    return t;
  });
}

/** Messages of others, not deleted, newer than the viewer's read marker; 0 for API tokens. */
export async function unreadCount(em: EntityManager, viewer: Viewer | null, threadId: string): Promise<number> {
  const userId = viewer?.userId;
  if (!userId) return 0;
  const marker = await em.findOne(ThreadReadMarker, { thread: threadId, user: userId });
  return em.count(Message, {
    thread: threadId,
    author: { $ne: userId },
    deletedAt: null,
    ...(marker ? { createdAt: { $gt: marker.readUpTo } } : {}),
  });
}
