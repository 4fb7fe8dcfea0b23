// The review queue's data: the filters in the URL, the proposals they select (the default view is
// two statuses, two queries), and the live activity that reloads them.
import { useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ProposalsQuery as ProposalsData } from '../../gql/graphql';
import { useEventCursor } from '../../apollo/event-cursor';
import { useLiveCache } from '../../apollo/live-cache';
import { ProposalsQuery } from '../proposals/proposals.documents';
import { ReviewActivitySubscription } from './review.documents';

export type QueueRow = ProposalsData['proposals']['edges'][number]['node'];
/** The default view: what waits for the Secretariat. */
export const AWAITING = 'AWAITING';
export const ANY = 'ANY';

export function useReviewQueue(params: URLSearchParams) {
  const get = (k: string) => params.get(k) ?? '';
  const status = params.get('status') ?? AWAITING;
  const base = { ...(get('call') ? { notification: get('call') } : {}), ...(get('round') ? { round: get('round') } : {}), ...(get('economy') ? { economy: get('economy') } : {}) };
  // "Waiting for a decision" is two statuses; the API filters one at a time.
  const [first, second] = status === AWAITING ? ['SUBMITTED', 'UNDER_REVIEW'] : [status === ANY ? undefined : status, undefined];
  const start = useEventCursor('activity:review-queue');
  const q1 = useQuery(ProposalsQuery, { variables: { first: 100, filter: { ...base, ...(first ? { status: first as never } : {}) } }, fetchPolicy: 'cache-and-network', skip: !start.ready });
  const q2 = useQuery(ProposalsQuery, { variables: { first: 100, filter: { ...base, status: second as never } }, fetchPolicy: 'cache-and-network', skip: !start.ready || !second });
  // Activity events name the proposal but do not carry it: which lists it now belongs to is the
  // server's filter to apply, so the cached lists are dropped and the queries on screen reload.
  useLiveCache(ReviewActivitySubscription, {
    key: 'activity:review-queue',
    variables: {},
    initialAfter: start.after,
    cursorOf: (d) => d.activity.cursor,
    write: (cache, d) => { if (d.activity.type.startsWith('PROPOSAL_') || d.activity.type.startsWith('PAIRING_')) { cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposals' }); cache.gc(); } },
    skip: !start.ready,
  });
  // While an evicted list reloads, keep showing what was there: unmounting the rows would close a
  // confirmation the officer has open (e.g. "Yes, approve") when an unrelated event lands. The
  // rows change only once both lists have settled: a proposal moving from SUBMITTED to
  // UNDER_REVIEW would otherwise vanish while one list has reloaded and the other has not.
  const d1 = q1.data ?? q1.previousData;
  const d2 = q2.data ?? q2.previousData;
  const settled = useRef<QueueRow[] | null>(null);
  const reloading = q1.loading || (!!second && q2.loading);
  if (!reloading || !settled.current) {
    settled.current = uniqueById([...(d1?.proposals.edges ?? []), ...(second ? d2?.proposals.edges ?? [] : [])].map((e) => e.node));
  }
  return {
    status,
    rows: settled.current,
    hasData: !!(d1 && (!second || d2)),
    loading: q1.loading || q2.loading || !start.ready,
    error: q1.error ?? q2.error,
    retry: () => { void q1.refetch(); if (second) void q2.refetch(); },
  };
}

/** A proposal moving between the two "waiting" lists may briefly be in both while they reload. */
function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
