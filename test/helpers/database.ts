// A private database per test file, cloned from the template that global-setup prepared.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { initORM, type Orm } from '../../server/src/db/orm.js';
import { adminQuery, withDatabase } from './global-setup.js';

export type TestDatabase = { orm: Orm; url: string; name: string; drop(): Promise<void> };

/** `onQuery` sees every SQL statement the ORM sends (to assert a constant number of queries). */
export async function createTestDatabase(opts: { onQuery?: (sql: string) => void } = {}): Promise<TestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `bcn_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database "${name}" template "${inject('templateDatabase')}"`);
  const url = withDatabase(adminUrl, name);
  const orm = await initORM(
    url,
    undefined,
    opts.onQuery ? { debug: ['query'], logger: (message: string) => opts.onQuery!(message) } : {},
  );
  return {
    orm,
    url,
    name,
    async drop() {
      await orm.close(true);
      await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

/** The job runner's statements are labelled `(jobs)` (server/src/jobs/tasks.ts): no request made them. */
export const isJobStatement = (logged: string): boolean => logged.includes('(jobs)');
