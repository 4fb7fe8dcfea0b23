// Reads of webhooks, their deliveries and attempts, for the viewer who manages them; and the
// people told when the server disables a webhook.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { paginate, type Page, type PageArgs } from '../../shared/pagination.js';
import { isUuid } from '../organization/organization.service.js';
import { Organization, OrganizationKind } from '../organization/organization.entity.js';
import { Role, User } from '../user/user.entity.js';
import { Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity.js';
import { ownsWebhook, webhookOwnerOf, type WebhookOwner } from './webhook.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer'>;

const ownedBy = (owner: WebhookOwner): FilterQuery<Webhook> => ({ organization: owner.organizationId });

export function listWebhooks(ctx: Ctx, args: PageArgs): Promise<Page<Webhook>> {
  return paginate(ctx.em, Webhook, ownedBy(webhookOwnerOf(ctx.viewer)), args, [['createdAt', 'desc']]);
}

/** The webhook, if the viewer manages it: FORBIDDEN for those who manage none, NOT_FOUND for another owner's. */
export async function findWebhookForViewer(ctx: Ctx, id: string): Promise<Webhook> {
  const owner = webhookOwnerOf(ctx.viewer);
  const hook = isUuid(id) ? await ctx.em.findOne(Webhook, { id }) : null;
  if (!hook || !ownsWebhook(owner, hook)) throw notFound('Webhook');
  return hook;
}

/** A delivery of a webhook the viewer manages (else NOT_FOUND). */
export async function findDeliveryForViewer(ctx: Ctx, id: string): Promise<WebhookDelivery> {
  const owner = webhookOwnerOf(ctx.viewer);
  const delivery = isUuid(id) ? await ctx.em.findOne(WebhookDelivery, { id }, { populate: ['webhook'] }) : null;
  if (!delivery || !ownsWebhook(owner, delivery.webhook.getEntity())) throw notFound('Webhook delivery');
  return delivery;
}

export function listDeliveries(em: EntityManager, webhookId: string, args: PageArgs): Promise<Page<WebhookDelivery>> {
  return paginate(em, WebhookDelivery, { webhook: webhookId }, args, [['createdAt', 'desc']]);
}

export function attemptsOf(em: EntityManager, deliveryId: string): Promise<WebhookAttempt[]> {
  return em.find(WebhookAttempt, { delivery: deliveryId }, { orderBy: { number: 'asc' } });
}

export async function secretariatOrgId(em: EntityManager): Promise<string | null> {
  const rows = await em.createQueryBuilder(Organization).select('id').where({ kind: OrganizationKind.SECRETARIAT }).orderBy({ id: 'asc' }).limit(1).execute<Array<{ id: string }>>('all', false);
  return rows[0]?.id ?? null;
}

/** Who is alerted about the owner's webhooks: the organization's active NPO admins, or every active Secretariat user. */
export async function webhookAdmins(em: EntityManager, organizationId: string | null): Promise<string[]> {
  const where = organizationId
    ? { organization: organizationId, role: Role.NPO_ADMIN, active: true }
    : { organization: { kind: OrganizationKind.SECRETARIAT }, active: true };
  // Plain rows: a partially loaded User in a unit of work would later be served without its name.
  const rows = await em.createQueryBuilder(User).select('id').where(where).orderBy({ id: 'asc' }).execute<Array<{ id: string }>>('all', false);
  return rows.map((r) => r.id);
}
