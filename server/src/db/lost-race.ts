// The one conflict strategy for a lost race. Two writers load the same version; the first to
// commit wins, and the second's flush fails on the `version` column (MikroORM's optimistic
// lock). The loser gets CONFLICT with the version that won, like a stale `version` argument
// (assertVersion), so a client handles both the same way: reload, merge, save again.
import { OptimisticLockError, type AnyEntity } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, type DomainError } from '../errors.js';

export async function lostRaceConflict(em: EntityManager, error: OptimisticLockError): Promise<DomainError> {
  const entity = error.entity as (AnyEntity & { id?: string }) | undefined;
  const current = entity?.id
    ? await em.fork().findOne(entity.constructor as never, { id: entity.id } as never, { fields: ['version'] as never })
    : null;
  return conflict('This was changed by someone else meanwhile. Reload and apply your change again.', {
    currentVersion: (current as { version?: number } | null)?.version ?? null,
  });
}
