// The review queue's data: the filters, order and text in the URL, the proposals they select (the
// default view is the two statuses that wait for a decision), and the live activity that reloads them.
import { useQuery } from '@apollo/client/react';
import type { ListOrder, ProposalStatus, ProposalsQuery as ProposalsData } from '../../gql/graphql';
import { useEventCursor } from '../../apollo/event-cursor';
import { useLiveCache } from '../../apollo/live-cache';
import { ProposalsQuery } from '../proposals/proposals.documents';
import { ReviewActivitySubscription } from './review.documents';

export type QueueRow = ProposalsData['proposals']['edges'][number]['node'];
/** The default view: what waits for the Secretariat. */
export const AWAITING = 'AWAITING';
export const ANY = 'ANY';
const WAITING: ProposalStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

export function useReviewQueue(params: URLSearchParams, view: { orderBy: ListOrder | null; text: string | null }) {
  const get = (k: string) => params.get(k) || undefined;
  const status = params.get('status') ?? AWAITING;
  const statuses = status === AWAITING ? WAITING : status === ANY ? undefined : [status as ProposalStatus];
  const filter = { notification: get('call'), round: get('round'), economy: get('economy'), statuses, text: view.text ?? undefined };
  const start = useEventCursor('activity:review-queue');
  const q = useQuery(ProposalsQuery, { variables: { first: 100, filter, orderBy: view.orderBy }, fetchPolicy: 'cache-and-network', skip: !start.ready });
  // Activity events name the proposal but do not carry it: which lists it now belongs to is the
  // server's filter to apply, so the cached lists are dropped and the query on screen reloads.
  useLiveCache(ReviewActivitySubscription, {
    key: 'activity:review-queue',
    variables: {},
    initialAfter: start.after,
    cursorOf: (d) => d.activity.cursor,
    write: (cache, d) => { if (d.activity.type.startsWith('PROPOSAL_') || d.activity.type.startsWith('PAIRING_')) { cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposals' }); cache.gc(); } },
    skip: !start.ready,
  });
  // While an evicted list reloads, keep showing what was there: unmounting the rows would close a
  // confirmation the officer has open (e.g. "Yes, approve") when an unrelated event lands.
  const data = q.data ?? q.previousData;
  return {
    status,
    rows: data?.proposals.edges.map((e) => e.node) ?? [],
    total: data?.proposals.totalCount ?? 0,
    hasData: !!data,
    loading: q.loading || !start.ready,
    error: q.error,
    retry: () => void q.refetch(),
  };
}
