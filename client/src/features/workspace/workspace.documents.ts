// GraphQL documents of planning threads: messages, posting, reactions, read markers, live updates.
import { graphql } from '../../gql';

/** The reactions of a message, as each reaction's answer returns them. */
export const MessageReactionsFragment = graphql(`
  fragment MessageReactions on Message {
    id reactions { emoji count reactedByMe }
  }
`);

export const MessageFieldsFragment = graphql(`
  fragment MessageFields on Message {
    id body bodyHtml createdAt editedAt deletedAt version mentionedUserIds
    parent { id }
    author { id name email organization { id acronym } }
    attachments { ...AttachmentFields }
    ...MessageReactions
  }
`);

export const ThreadQuery = graphql(`
  query Thread($id: ID!, $after: String) {
    thread(id: $id) {
      id title unreadCount
      followUp { id title }
      messages(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { ...MessageFields } }
      }
    }
  }
`);

export const MessageAddedSubscription = graphql(`
  subscription MessageAdded($threadId: ID!, $after: String) {
    messageAdded(threadId: $threadId, after: $after) { cursor event { id type } message { ...MessageFields } }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($pairingId: ID!, $title: String!) {
    createThread(pairingId: $pairingId, title: $title) { id title unreadCount lastMessageAt createdBy { id name } }
  }
`);

export const PostMessageMutation = graphql(`
  mutation PostMessage($threadId: ID!, $body: String!, $parentId: ID) {
    postMessage(threadId: $threadId, body: $body, parentId: $parentId) { ...MessageFields }
  }
`);

export const AddReactionMutation = graphql(`
  mutation AddReaction($messageId: ID!, $emoji: String!) {
    addReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }
  }
`);

export const RemoveReactionMutation = graphql(`
  mutation RemoveReaction($messageId: ID!, $emoji: String!) {
    removeReaction(messageId: $messageId, emoji: $emoji) { ...MessageReactions }
  }
`);

export const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($threadId: ID!) {
    markThreadRead(threadId: $threadId) { id unreadCount }
  }
`);

export const EditMessageMutation = graphql(`
  mutation EditMessage($id: ID!, $version: Int!, $body: String!) {
    editMessage(id: $id, version: $version, body: $body) { ...MessageFields }
  }
`);

export const DeleteMessageMutation = graphql(`
  mutation DeleteMessage($id: ID!, $version: Int!) {
    deleteMessage(id: $id, version: $version) { ...MessageFields }
  }
`);
