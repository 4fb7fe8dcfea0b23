// GraphQL documents of the inbox and its live unread badge.
import { graphql } from '../../gql';

export const InboxItemFieldsFragment = graphql(`
  fragment InboxItemFields on InboxItem {
    id kind summary createdAt readAt eventType subjectType subjectId pairingId messageId thread { id }
  }
`);

export const InboxQuery = graphql(`
  query Inbox($first: Int, $after: String, $unreadOnly: Boolean!, $filter: InboxFilter, $orderBy: ListOrder) {
    inbox(first: $first, after: $after, unreadOnly: $unreadOnly, filter: $filter, orderBy: $orderBy) {
      totalCount unreadCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...InboxItemFields } }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query InboxUnreadCount {
    inbox(first: 1) { unreadCount }
  }
`);

export const InboxChangedSubscription = graphql(`
  subscription InboxChanged($after: String) {
    inboxChanged(after: $after) { cursor unreadCount item { ...InboxItemFields } }
  }
`);

export const MarkInboxReadMutation = graphql(`
  mutation MarkInboxRead($ids: [ID!]!) {
    markInboxRead(ids: $ids) { id readAt }
  }
`);
