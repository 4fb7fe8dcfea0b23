// GraphQL documents of webhooks: the list, the changes, and one webhook's delivery log.
import { graphql } from '../../gql';

export const WebhookFieldsFragment = graphql(`
  fragment WebhookFields on Webhook {
    id url description eventTypes active disabledReason createdAt version
    organization { id acronym }
  }
`);

export const WebhooksQuery = graphql(`
  query Webhooks($first: Int, $after: String) {
    webhooks(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ...WebhookFields } }
    }
    webhookEventTypes
  }
`);

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id eventId eventType status attemptCount nextAttemptAt createdAt
    attempts { at httpStatus durationMs error }
  }
`);

/**
 * One webhook's deliveries. There is no `webhook(id)` field: the webhook is the one right after
 * the previous edge's cursor in the list (`after`), `first: 1`; the caller checks the id.
 */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($after: String, $first: Int) {
    webhooks(first: 1, after: $after) {
      edges { node { id deliveries(first: $first) { totalCount edges { node { ...WebhookDeliveryFields } } } } }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { ...WebhookFields } }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhook($input: UpdateWebhookInput!) {
    updateWebhook(input: $input) { ...WebhookFields }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) { secret webhook { ...WebhookFields } }
  }
`);

export const TestWebhookMutation = graphql(`
  mutation TestWebhook($id: ID!) {
    testWebhook(id: $id) { ...WebhookDeliveryFields }
  }
`);

export const RedeliverWebhookDeliveryMutation = graphql(`
  mutation RedeliverWebhookDelivery($id: ID!) {
    redeliverWebhookDelivery(id: $id) { ...WebhookDeliveryFields }
  }
`);
