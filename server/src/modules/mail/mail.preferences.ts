// Each person's delivery choice per kind. Only choices that differ from the default are stored,
// so a default changed later reaches everyone who never chose.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { rawSql } from '../../db/raw-sql.js';
import { ALL_KINDS, DEFAULT_DELIVERY, type NotificationDelivery, type NotificationKind } from './mail.kinds.js';
import { preferencesOwner } from './mail.policy.js';
import type { NotificationPreference, NotificationPreferenceInput } from './mail.types.js';

type Choices = Map<string, Map<NotificationKind, NotificationDelivery>>;

/** Every kind with the delivery each of these users has (their choice, or the default). */
export async function deliveriesOf(em: EntityManager, userIds: string[]): Promise<Choices> {
  const out: Choices = new Map(userIds.map((id) => [id, new Map(ALL_KINDS.map((k) => [k, DEFAULT_DELIVERY[k]]))]));
  if (userIds.length === 0) return out;
  const rows = await rawSql<Array<{ user_id: string; kind: NotificationKind; delivery: NotificationDelivery }>>(
    em,
    'select user_id::text as user_id, kind, delivery from mail_preference where user_id = any(?::uuid[])',
    [`{${userIds.join(',')}}`],
  );
  for (const r of rows) out.get(r.user_id)?.set(r.kind, r.delivery);
  return out;
}

export async function listPreferences(ctx: Pick<Context, 'em' | 'viewer'>): Promise<NotificationPreference[]> {
  const userId = preferencesOwner(ctx.viewer);
  const mine = (await deliveriesOf(ctx.em, [userId])).get(userId)!;
  return ALL_KINDS.map((kind) => ({ kind, delivery: mine.get(kind)! }));
}

export async function updatePreferences(ctx: Pick<Context, 'em' | 'viewer'>, input: NotificationPreferenceInput[]): Promise<NotificationPreference[]> {
  const userId = preferencesOwner(ctx.viewer);
  const kinds = input.map((i) => i.kind);
  if (new Set(kinds).size !== kinds.length) throw badInput('input', 'Name each kind at most once.');
  await ctx.em.transactional(async (tx) => {
    for (const { kind, delivery } of input) await setDelivery(tx, userId, kind, delivery);
  });
  return listPreferences(ctx);
}

/** Stores one choice (or forgets it when it is the default). */
export async function setDelivery(em: EntityManager, userId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<void> {
  if (delivery === DEFAULT_DELIVERY[kind]) {
    await rawSql(em, 'delete from mail_preference where user_id = ? and kind = ?', [userId, kind], 'run');
    return;
  }
  await rawSql(
    em,
    `insert into mail_preference (id, user_id, kind, delivery) values (gen_random_uuid(), ?, ?, ?)
     on conflict (user_id, kind) do update set delivery = excluded.delivery`,
    [userId, kind, delivery],
    'run',
  );
}
