// The activity feed: events the viewer may see (their organization is in the audience, the
// event is public, or the viewer is the Secretariat), newest first.
import type { Context } from '../../context.js';
import { countVisibleEvents, latestEventId, parseCursor, readEventsBefore } from '../../events/index.js';
import type { Connection } from '../../shared/connection.type.js';
import { pageSize } from '../../shared/pagination.js';
import { toActivityEventNode, type ActivityEventNode } from './activity.types.js';

export async function listActivity(
  ctx: Pick<Context, 'em' | 'viewer'>,
  args: { after?: string | null; first?: number | null },
): Promise<Connection<ActivityEventNode>> {
  const limit = pageSize(args.first);
  const before = parseCursor(args.after);
  const [rows, totalCount] = await Promise.all([
    readEventsBefore(ctx.em, ctx.viewer, before, limit + 1),
    countVisibleEvents(ctx.em, ctx.viewer),
  ]);
  const nodes = rows.slice(0, limit).map(toActivityEventNode);
  return {
    edges: nodes.map((node) => ({ cursor: node.cursor, node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * The id of the newest committed event the viewer may see ('0' when there is none). Ids become
 * visible in increasing order (events/event-log.ts), so every event committed later has a
 * greater id; events the viewer may not see do not move it, so it reveals nothing about them.
 */
export async function currentEventCursor(ctx: Pick<Context, 'em' | 'viewer'>): Promise<string> {
  return (await latestEventId(ctx.em, { viewer: ctx.viewer })) ?? '0';
}
