// GraphQL shapes around webhooks: the one-time result carrying the secret, and the connections.
import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection.type.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';

@ObjectType({ description: 'The signing secret is shown only here (at creation and on rotation).' })
export class CreatedWebhook {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field(() => String, { description: 'Starts with `whsec_`: verify each delivery with it (docs/API.md, Webhooks).' })
  secret!: string;
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');
