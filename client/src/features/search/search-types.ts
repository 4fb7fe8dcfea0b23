// What the results page says about each kind of hit, and where a hit links to.
import type { SearchType } from '../../gql/graphql';

export const SEARCH_TYPES: Array<{ type: SearchType; label: string; param: string }> = [
  { type: 'PROJECT_NOTIFICATION', label: 'Calls', param: 'calls' },
  { type: 'PROPOSAL', label: 'Proposals', param: 'proposals' },
  { type: 'PAIRING', label: 'Pairings', param: 'pairings' },
  { type: 'MESSAGE', label: 'Messages', param: 'messages' },
  { type: 'FOLLOW_UP_ACTIVITY', label: 'Follow-up activities', param: 'follow-ups' },
  { type: 'ORGANIZATION', label: 'Organizations', param: 'organizations' },
];

/** `?type=proposals` → PROPOSAL; anything else → all types. */
export const typeOfParam = (param: string | null): SearchType | null => SEARCH_TYPES.find((t) => t.param === param)?.type ?? null;

export const labelOf = (type: SearchType): string => SEARCH_TYPES.find((t) => t.type === type)?.label ?? type;
export const paramOf = (type: SearchType): string => SEARCH_TYPES.find((t) => t.type === type)?.param ?? '';

type Linkable = { type: SearchType; id: string; pairingId?: string | null; threadId?: string | null };

/** The page that opens the hit; organizations have no page of their own. */
export function hitPath(hit: Linkable): string | null {
  switch (hit.type) {
    case 'PROJECT_NOTIFICATION':
      return `/calls/${hit.id}`;
    case 'PROPOSAL':
      return `/proposals/${hit.id}`;
    case 'PAIRING':
      return `/pairings/${hit.id}`;
    case 'MESSAGE':
      return hit.pairingId && hit.threadId ? `/pairings/${hit.pairingId}?thread=${hit.threadId}&message=${hit.id}` : null;
    case 'FOLLOW_UP_ACTIVITY':
      return hit.pairingId ? `/pairings/${hit.pairingId}` : null;
    default:
      return null;
  }
}
