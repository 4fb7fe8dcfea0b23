// The subscription streams: what each one matches and how it authorizes and builds each event
// (with the fresh EntityManager and the viewer delivery.ts hands in: the result is shared with
// every subscriber whose viewer agrees on what it read, so the viewer is read from the argument,
// never from the subscribe-time context). Resolvers stay thin and call these.
import { badInput, forbidden, notFound } from '../errors.js';
import { toActivityEventNode, type ActivityEventNode } from '../modules/activity/activity.types.js';
import { buildDashboard } from '../modules/dashboard/dashboard.service.js';
import { InboxItem } from '../modules/inbox/inbox-item.entity.js';
import { findPairingForViewer } from '../modules/pairing/pairing.service.js';
import { findProposalForViewer } from '../modules/proposal/proposal.service.js';
import { findMessageForViewer } from '../modules/workspace/message.service.js';
import { findThreadForViewer } from '../modules/workspace/thread.service.js';
import { parseCursor, type EventRow } from '../events/index.js';
import { EventStream, type StreamSpec } from './event-stream.js';
import type { SubscriptionContext as Context } from './realtime.js';

type Spec<T> = Pick<StreamSpec<T>, 'match' | 'resolve' | 'coalesce'>;

function open<T>(ctx: Context, after: string | null | undefined, spec: Spec<T>): EventStream<T> {
  const rt = ctx.realtime;
  if (!rt) throw badInput('operation', 'Subscriptions run over graphql-ws on /graphql.');
  return new EventStream<T>({
    deps: rt.deps,
    hub: rt.hub,
    connections: rt.connections,
    connection: rt.connection,
    viewer: ctx.viewer,
    after: parseCursor(after) ?? rt.startPosition,
    ...spec,
  });
}

const aboutProposal = (id: string) => (e: EventRow) => (e.subjectType === 'Proposal' && e.subjectId === id) || e.payload.proposalId === id;
const aboutPairing = (id: string) => (e: EventRow) => (e.subjectType === 'Pairing' && e.subjectId === id) || e.payload.pairingId === id;
// The program report (issue 19) counts plans, follow-ups, meeting records and completion reports too.
const DASHBOARD_SUBJECTS = new Set(['Proposal', 'Pairing', 'ProjectNotification', 'MeetingPlan', 'FollowUpActivity', 'MeetingRecord', 'CompletionReport']);

export function activityStream(ctx: Context, after: string | null | undefined) {
  return open(ctx, after, { match: () => true, resolve: async (e) => toActivityEventNode(e) });
}

export function dashboardStream(ctx: Context, after: string | null | undefined) {
  return open(ctx, after, {
    match: (e) => DASHBOARD_SUBJECTS.has(e.subjectType),
    coalesce: true,
    // The counts are the Secretariat's (the field is @Authorized for it) and read no viewer.
    resolve: async (e, em) => ({ cursor: e.id, event: toActivityEventNode(e), dashboard: await buildDashboard(em, ctx.clock) }),
  });
}

export function inboxStream(ctx: Context, after: string | null | undefined) {
  const userId = ctx.viewer?.userId;
  if (!userId) throw forbidden('The inbox belongs to a signed-in person; an API token acts for an organization and has none.');
  return open(ctx, after, {
    match: (e) => e.inboxUserIds.includes(userId),
    resolve: async (e, em, viewer) => {
      // The user read from the viewer handed in: it makes this result one user's own.
      const owner = viewer?.userId;
      if (!owner) return null;
      const item = await em.findOne(InboxItem, { event: e.id, user: owner });
      if (!item) return null;
      const unreadCount = await em.count(InboxItem, { user: owner, readAt: null });
      return { cursor: e.id, event: toActivityEventNode(e), item, unreadCount };
    },
  });
}

type Finder<T> = (em: Context['em'], viewer: Context['viewer'], id: string) => Promise<T | null>;

/**
 * A stream about one object: NOT_FOUND up front unless the viewer may see it, then each matching
 * event with the object as the viewer may see it now (found again, with the event's fresh
 * EntityManager; an object that became invisible is skipped).
 */
async function objectStream<K extends string, T>(
  ctx: Context,
  after: string | null | undefined,
  o: { id: string; name: string; field: K; find: Finder<T>; match: (e: EventRow) => boolean },
) {
  if (!(await o.find(ctx.em, ctx.viewer, o.id))) throw notFound(o.name);
  return open(ctx, after, {
    match: o.match,
    resolve: async (e, em, viewer) => {
      const found = await o.find(em, viewer, o.id);
      return found ? ({ cursor: e.id, event: toActivityEventNode(e), [o.field]: found } as { cursor: string; event: ActivityEventNode } & Record<K, T>) : null;
    },
  });
}

export function proposalStream(ctx: Context, id: string, after: string | null | undefined) {
  return objectStream(ctx, after, { id, name: 'Proposal', field: 'proposal', find: findProposalForViewer, match: aboutProposal(id) });
}

export function pairingStream(ctx: Context, id: string, after: string | null | undefined) {
  return objectStream(ctx, after, { id, name: 'Pairing', field: 'pairing', find: findPairingForViewer, match: aboutPairing(id) });
}

/** Events about messages of one thread: posted, edited, deleted, reactions (they carry messageId). */
export async function messageStream(ctx: Context, threadId: string, after: string | null | undefined) {
  if (!(await findThreadForViewer(ctx.em, ctx.viewer, threadId))) throw notFound('Thread');
  return open(ctx, after, {
    match: (e) => e.payload.threadId === threadId && typeof e.payload.messageId === 'string',
    resolve: async (e, em, viewer) => {
      const message = await findMessageForViewer(em, viewer, e.payload.messageId as string);
      return message ? { cursor: e.id, event: toActivityEventNode(e), message } : null;
    },
  });
}
