// GraphQL for webhooks: thin; the rules are in webhook.policy and the commands.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ACTIVITY_EVENT_TYPES } from '../../events/index.js';
import { toConnection } from '../../shared/connection.type.js';
import { PageArgsType } from '../../shared/page.args.js';
import { Organization } from '../organization/organization.entity.js';
import { redeliverWebhookDelivery, testWebhook } from './delivery.commands.js';
import { createWebhook, deleteWebhook, rotateWebhookSecret, updateWebhook } from './webhook.commands.js';
import { Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity.js';
import { CreateWebhookInput, UpdateWebhookInput } from './webhook.inputs.js';
import { attemptsOf, listDeliveries, listWebhooks } from './webhook.service.js';
import { CreatedWebhook, WebhookConnection, WebhookDeliveryConnection } from './webhook.types.js';

const WHO = 'NPO_ADMIN: their organization\'s; the Secretariat: the program-wide ones; API tokens need WRITE.';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized()
  @Query(() => WebhookConnection, { description: `Webhooks you manage, newest first. ${WHO}` })
  async webhooks(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context) {
    return toConnection(await listWebhooks(ctx, args));
  }

  @Query(() => [String], { description: 'The event types a webhook may subscribe to.' })
  webhookEventTypes(): string[] {
    return [...ACTIVITY_EVENT_TYPES];
  }

  @Authorized()
  @Mutation(() => CreatedWebhook, { description: `The signing secret is shown once. ${WHO}` })
  createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context) {
    return createWebhook(ctx, input);
  }

  @Authorized()
  @Mutation(() => Webhook)
  updateWebhook(@Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput, @Ctx() ctx: Context) {
    return updateWebhook(ctx, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes the webhook with its delivery log; returns its id.' })
  deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return deleteWebhook(ctx, id);
  }

  @Authorized()
  @Mutation(() => CreatedWebhook, { description: 'A new signing secret, shown once; the old one stops at once.' })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return rotateWebhookSecret(ctx, id);
  }

  @Authorized()
  @Mutation(() => WebhookDelivery, { description: 'Sends a WEBHOOK_TEST ping (a fresh webhook-id), once, without retries.' })
  testWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return testWebhook(ctx, id);
  }

  @Authorized()
  @Mutation(() => WebhookDelivery, { description: 'Sends a settled delivery again (same webhook-id), with a new retry window.' })
  redeliverWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return redeliverWebhookDelivery(ctx, id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The owner; null for a program-wide (Secretariat) webhook.' })
  async organization(@Root() hook: Webhook): Promise<Organization | null> {
    return hook.organization ? hook.organization.loadOrFail() : null;
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Newest first.' })
  async deliveries(@Root() hook: Webhook, @Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context) {
    return toConnection(await listDeliveries(ctx.em, hook.id, args));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID, { description: 'The event delivered (its cursor); for a test ping, the ping\'s own webhook-id.' })
  eventId(@Root() delivery: WebhookDelivery): string {
    return delivery.eventId ?? delivery.messageId;
  }

  @FieldResolver(() => [WebhookAttempt], { description: 'Oldest first.' })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context): Promise<WebhookAttempt[]> {
    return attemptsOf(ctx.em, delivery.id);
  }
}
