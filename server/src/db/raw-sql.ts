// Raw SQL through an EntityManager: inside its transaction when it has one, and logged with its
// label (the job runner's unit of work is labelled `(jobs)`, so that its statements can be told
// apart from a request's in the logs and in the tests that count a request's statements).
import type { EntityManager } from '@mikro-orm/postgresql';

export function rawSql<T>(em: EntityManager, sql: string, params: unknown[] = [], method: 'all' | 'run' = 'all'): Promise<T> {
  return em.getConnection().execute<T & object>(sql, params, method, em.getTransactionContext(), em.getLoggerContext()) as Promise<T>;
}

/** A transaction on a fork of `em` whose BEGIN and COMMIT carry `em`'s label too. */
export function labelledTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.fork().transactional(work, { loggerContext: em.getLoggerContext() });
}
