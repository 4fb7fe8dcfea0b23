// Messages of a thread: post (with @mentions that reach the inbox), edit and delete by the
// author (a deleted message stays as a tombstone), reactions. Realtime finds a message
// through `findMessageForViewer`.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { discardMessageAttachments } from '../attachment/attachment-purge.service.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { recordPairingEvent } from '../pairing/pairing.service.js';
import { pairingMembers } from '../pairing/pairing.service.js';
import { excerptOf, mentionedEmails } from './markdown.js';
import { Message } from './message.entity.js';
import { MessageReaction } from './reaction.entity.js';
import { assertCanTalk, findThreadForViewer } from './thread.service.js';
import type { Thread } from './thread.entity.js';
import { canSeeWorkspace, isAuthorOf } from './workspace.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

/** The message, or null when it does not exist or this viewer may not see its pairing. */
export async function findMessageForViewer(em: EntityManager, viewer: Viewer | null, id: string): Promise<Message | null> {
  if (!isUuid(id)) return null;
  const m = await em.findOne(Message, { id }, { populate: ['thread', 'thread.pairing'] });
  return m && canSeeWorkspace(viewer, m.thread.getEntity().pairing.getEntity()) ? m : null;
}

/**
 * Members of the pairing (both NPOs, the Secretariat) named with @email; anyone else is ignored, so
 * nothing leaks about them. The author (a member: only members may talk) is read in the same
 * statement, for the inbox line of a mention.
 */
async function resolveMentions(tx: EntityManager, p: Pairing, body: string, authorId: string): Promise<string[]> {
  const emails = mentionedEmails(body);
  if (emails.length === 0) return [];
  const named = new Set(emails);
  return (await pairingMembers(tx, p, emails, authorId)).filter((u) => named.has(u.email)).map((u) => u.id);
}

async function recordMessageEvent(tx: EntityManager, record: RecordEvent, ctx: Ctx, m: Message, type: string, mentioned: string[] = []) {
  const t = m.thread.getEntity();
  const p = t.pairing.getEntity();
  // Who wrote what, where: the inbox line stands on its own.
  const summary = mentioned.length ? `${(await m.author.loadOrFail()).name} mentioned you in “${t.title}”: ${excerptOf(m.body)}` : '';
  await recordPairingEvent(tx, record, ctx.viewer, p, {
    type,
    subjectType: 'Message',
    subjectId: m.id,
    payload: { threadId: t.id, messageId: m.id, version: m.version },
    alerts: [{ kind: 'MENTION', userIds: mentioned, summary, labelled: false }],
  });
}

export async function postMessage(ctx: Ctx, threadId: string, body: string, parentId: string | null | undefined): Promise<Message> {
  if (!body.trim()) throw badInput('body', 'body must not be blank');
  return runInTransaction(ctx.em, async (tx, record) => {
    const t = await findThreadForViewer(tx, ctx.viewer, threadId);
    if (!t) throw notFound('Thread');
    const p = t.pairing.getEntity();
    assertCanTalk(ctx.viewer, p);
    let parent: Message | null = null;
    if (parentId) {
      parent = isUuid(parentId) ? await tx.findOne(Message, { id: parentId, thread: t.id }) : null;
      if (!parent) throw badInput('parentId', 'The message you reply to is not in this thread.');
    }
    const mentioned = await resolveMentions(tx, p, body, ctx.viewer!.userId!);
    const m = tx.create(Message, { thread: t, author: ctx.viewer!.userId!, body, parent: parent ?? undefined, mentionedUserIds: mentioned });
    t.lastMessageAt = m.createdAt;
    await tx.flush();
    await recordMessageEvent(tx, record, ctx, m, 'MESSAGE_POSTED', mentioned);
    return m;
  });
}

async function loadOwnMessage(tx: EntityManager, ctx: Ctx, id: string, version: number): Promise<Message> {
  const m = await findMessageForViewer(tx, ctx.viewer, id);
  if (!m) throw notFound('Message');
  assertCanTalk(ctx.viewer, m.thread.getEntity().pairing.getEntity());
  if (!isAuthorOf(ctx.viewer, m)) throw forbidden('Only the author may change or delete a message.');
  if (m.deletedAt) throw badInput('id', 'This message was deleted.');
  assertVersion('The message', m.version, version);
  return m;
}

export async function editMessage(ctx: Ctx, id: string, version: number, body: string): Promise<Message> {
  if (!body.trim()) throw badInput('body', 'body must not be blank');
  return runInTransaction(ctx.em, async (tx, record) => {
    const m = await loadOwnMessage(tx, ctx, id, version);
    const mentioned = await resolveMentions(tx, m.thread.getEntity().pairing.getEntity(), body, m.author.id);
    const newlyMentioned = mentioned.filter((u) => !m.mentionedUserIds.includes(u));
    m.body = body;
    m.mentionedUserIds = mentioned;
    m.editedAt = ctx.clock.now();
    await tx.flush();
    await recordMessageEvent(tx, record, ctx, m, 'MESSAGE_EDITED', newlyMentioned);
    return m;
  });
}

/** Leaves a tombstone: the row stays (replies keep their parent), the text and attached files are erased. */
export async function deleteMessage(ctx: Ctx, id: string, version: number): Promise<Message> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const m = await loadOwnMessage(tx, ctx, id, version);
    m.body = '';
    m.deletedAt = ctx.clock.now();
    // Its files go with the text.
    await discardMessageAttachments(tx, m.id);
    await tx.flush();
    await recordMessageEvent(tx, record, ctx, m, 'MESSAGE_DELETED');
    return m;
  });
}

export async function react(ctx: Ctx, messageId: string, emoji: string, add: boolean): Promise<Message> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const m = await findMessageForViewer(tx, ctx.viewer, messageId);
    if (!m) throw notFound('Message');
    const t: Thread = m.thread.getEntity();
    assertCanTalk(ctx.viewer, t.pairing.getEntity());
    if (m.deletedAt) throw badInput('messageId', 'This message was deleted.');
    const userId = ctx.viewer!.userId!;
    const existing = await tx.findOne(MessageReaction, { message: m.id, user: userId, emoji });
    // Adding twice or removing what is not there changes nothing, so it records nothing.
    if (add === !!existing) return m;
    if (add) tx.create(MessageReaction, { message: m, user: userId, emoji });
    else tx.remove(existing!);
    await recordPairingEvent(tx, record, ctx.viewer, t.pairing.getEntity(), {
      type: add ? 'REACTION_ADDED' : 'REACTION_REMOVED',
      subjectType: 'Message',
      subjectId: m.id,
      payload: { threadId: t.id, messageId: m.id, emoji, version: m.version },
      alerts: [],
    });
    return m;
  });
}

export type ReactionCount = { emoji: string; count: number; reactedByMe: boolean };

/** Reactions per emoji, in the order they were first used. */
export async function reactionsOf(viewer: Viewer | null, m: Message): Promise<ReactionCount[]> {
  const rows = (await m.reactions.load()).getItems();
  const byEmoji = new Map<string, ReactionCount>();
  for (const r of rows) {
    const c = byEmoji.get(r.emoji) ?? { emoji: r.emoji, count: 0, reactedByMe: false };
    c.count += 1;
    if (viewer?.userId && r.user.id === viewer.userId) c.reactedByMe = true;
    byEmoji.set(r.emoji, c);
  }
  return [...byEmoji.values()];
}

