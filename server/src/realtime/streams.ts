// The subscription streams: what each one matches and how it authorizes and builds each event
// (with the fresh EntityManager the stream hands in). Resolvers stay thin and call these. The
// payload's nested fields are resolved by delivery.ts, with a fresh EntityManager per event.
import { badInput, forbidden, notFound } from '../errors.js';
import { toActivityEventNode } from '../modules/activity/activity.types.js';
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
const DASHBOARD_SUBJECTS = new Set(['Proposal', 'Pairing', 'ProjectNotification']);

export function activityStream(ctx: Context, after: string | null | undefined) {
  return open(ctx, after, { match: () => true, resolve: async (e) => toActivityEventNode(e) });
}

export function dashboardStream(ctx: Context, after: string | null | undefined) {
  return open(ctx, after, {
    match: (e) => DASHBOARD_SUBJECTS.has(e.subjectType),
    coalesce: true,
    resolve: async (e, em) => ({ cursor: e.id, event: toActivityEventNode(e), dashboard: await buildDashboard(em, ctx.clock) }),
  });
}

export function inboxStream(ctx: Context, after: string | null | undefined) {
  const userId = ctx.viewer?.userId;
  if (!userId) throw forbidden('The inbox belongs to a signed-in person; an API token acts for an organization and has none.');
  return open(ctx, after, {
    match: (e) => e.inboxUserIds.includes(userId),
    resolve: async (e, em) => {
      const item = await em.findOne(InboxItem, { event: e.id, user: userId });
      if (!item) return null;
      const unreadCount = await em.count(InboxItem, { user: userId, readAt: null });
      return { cursor: e.id, event: toActivityEventNode(e), item, unreadCount };
    },
  });
}

export async function proposalStream(ctx: Context, id: string, after: string | null | undefined) {
  if (!(await findProposalForViewer(ctx.em, ctx.viewer, id))) throw notFound('Proposal');
  return open(ctx, after, {
    match: aboutProposal(id),
    resolve: async (e, em) => {
      const proposal = await findProposalForViewer(em, ctx.viewer, id);
      return proposal ? { cursor: e.id, event: toActivityEventNode(e), proposal } : null;
    },
  });
}

export async function pairingStream(ctx: Context, id: string, after: string | null | undefined) {
  if (!(await findPairingForViewer(ctx.em, ctx.viewer, id))) throw notFound('Pairing');
  return open(ctx, after, {
    match: aboutPairing(id),
    resolve: async (e, em) => {
      const pairing = await findPairingForViewer(em, ctx.viewer, id);
      return pairing ? { cursor: e.id, event: toActivityEventNode(e), pairing } : null;
    },
  });
}

/** Events about messages of one thread: posted, edited, deleted, reactions (they carry messageId). */
export async function messageStream(ctx: Context, threadId: string, after: string | null | undefined) {
  if (!(await findThreadForViewer(ctx.em, ctx.viewer, threadId))) throw notFound('Thread');
  return open(ctx, after, {
    match: (e) => e.payload.threadId === threadId && typeof e.payload.messageId === 'string',
    resolve: async (e, em) => {
      const message = await findMessageForViewer(em, ctx.viewer, e.payload.messageId as string);
      return message ? { cursor: e.id, event: toActivityEventNode(e), message } : null;
    },
  });
}
