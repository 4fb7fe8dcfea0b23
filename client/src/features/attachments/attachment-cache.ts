// Files just attached, written into the cached object they belong to (a message), so the list
// shows them at once; the live event that follows writes the same list again.
import type { ApolloCache, Reference } from '@apollo/client';
import type { AttachmentFieldsFragment as AttachmentData } from '../../gql/graphql';
import { AttachmentFieldsFragment } from './attachments.documents';

export function addAttachmentsToCache(cache: ApolloCache, owner: { __typename: 'Message'; id: string }, files: AttachmentData[]): void {
  const id = cache.identify(owner);
  if (!id || files.length === 0) return;
  const refs = files.map((f) => cache.writeFragment({ fragment: AttachmentFieldsFragment, fragmentName: 'AttachmentFields', data: f })).filter((r): r is Reference => !!r);
  cache.modify({
    id,
    fields: {
      attachments: (existing: readonly Reference[] = [], { readField }) => [...existing, ...refs.filter((r) => !existing.some((e) => readField('id', e) === readField('id', r)))],
    },
  });
}
