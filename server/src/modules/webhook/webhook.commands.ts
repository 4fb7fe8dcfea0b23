// Every change to a webhook, one shape: the owner from the policy → the webhook they manage
// (with the version they read) → checked input → change → event. The URL's address is checked
// here as it is again before each delivery (webhook.address.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput } from '../../errors.js';
import { isActivityEventType, latestEventId, runInTransaction, type RecordEvent } from '../../events/index.js';
import { resolveTarget, UnsafeTargetError } from './webhook.address.js';
import { Webhook } from './webhook.entity.js';
import type { CreateWebhookInput, UpdateWebhookInput } from './webhook.inputs.js';
import { webhookOwnerOf } from './webhook.policy.js';
import { findWebhookForViewer } from './webhook.service.js';
import { newWebhookSecret } from './webhook.signing.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock' | 'config'>;
export type CreatedWebhook = { webhook: Webhook; secret: string };

export async function createWebhook(ctx: Ctx, input: CreateWebhookInput): Promise<CreatedWebhook> {
  const owner = webhookOwnerOf(ctx.viewer);
  const url = await checkedUrl(ctx, input.url);
  const eventTypes = checkedEventTypes(input.eventTypes);
  const secret = newWebhookSecret();
  const webhook = await runInTransaction(ctx.em, async (tx, record) => {
    const hook = tx.create(Webhook, {
      organization: owner.organizationId,
      url,
      eventTypes,
      description: input.description?.trim() || null,
      secret,
      sinceEventId: (await latestEventId(tx)) ?? '0',
      createdBy: ctx.viewer!.userId,
      createdAt: ctx.clock.now(),
    });
    await recordWebhookEvent(tx, record, ctx, hook, 'WEBHOOK_CREATED');
    return hook;
  });
  return { webhook, secret };
}

export async function updateWebhook(ctx: Ctx, input: UpdateWebhookInput): Promise<Webhook> {
  const hook = await findWebhookForViewer(ctx, input.id);
  assertVersion('This webhook', hook.version, input.version);
  const url = input.url != null ? await checkedUrl(ctx, input.url) : hook.url;
  const eventTypes = input.eventTypes != null ? checkedEventTypes(input.eventTypes) : hook.eventTypes;
  return runInTransaction(ctx.em, async (tx, record) => {
    Object.assign(hook, { url, eventTypes });
    if (input.description !== undefined && input.description !== null) hook.description = input.description.trim() || null;
    if (input.active === true && !hook.active) Object.assign(hook, { active: true, disabledReason: null, failingSince: null });
    if (input.active === false) hook.active = false;
    await recordWebhookEvent(tx, record, ctx, hook, 'WEBHOOK_UPDATED');
    return hook;
  });
}

export async function deleteWebhook(ctx: Ctx, id: string): Promise<string> {
  const hook = await findWebhookForViewer(ctx, id);
  await runInTransaction(ctx.em, async (tx, record) => {
    await recordWebhookEvent(tx, record, ctx, hook, 'WEBHOOK_DELETED');
    tx.remove(hook); // its deliveries and attempts go with it (on delete cascade)
  });
  return id;
}

export async function rotateWebhookSecret(ctx: Ctx, id: string): Promise<CreatedWebhook> {
  const hook = await findWebhookForViewer(ctx, id);
  const secret = newWebhookSecret();
  const webhook = await runInTransaction(ctx.em, async (tx, record) => {
    hook.secret = secret;
    await recordWebhookEvent(tx, record, ctx, hook, 'WEBHOOK_SECRET_ROTATED');
    return hook;
  });
  return { webhook, secret };
}

async function checkedUrl(ctx: Ctx, raw: string): Promise<string> {
  const url = raw.trim();
  try {
    await resolveTarget(url, ctx.config.webhooks.allowPrivate);
  } catch (e) {
    if (e instanceof UnsafeTargetError) throw badInput('url', e.message);
    throw e;
  }
  return url;
}

function checkedEventTypes(types: string[]): string[] {
  const unknown = types.filter((t) => !isActivityEventType(t));
  if (unknown.length) throw badInput('eventTypes', `Unknown event types: ${unknown.join(', ')}. See webhookEventTypes.`);
  return [...new Set(types)];
}

/** Webhook changes are events of their owner's audience (the Secretariat sees all; a program-wide one only it). */
async function recordWebhookEvent(tx: EntityManager, record: RecordEvent, ctx: Ctx, hook: Webhook, type: string): Promise<void> {
  await tx.flush(); // the payload carries the version after the change
  const organizationId = hook.organization?.id ?? null;
  record({
    type,
    subjectType: 'Webhook',
    subjectId: hook.id,
    actorId: ctx.viewer?.userId ?? null,
    audienceOrgIds: organizationId ? [organizationId] : [],
    payload: { webhookId: hook.id, organizationId, active: hook.active, version: hook.version },
  });
}
