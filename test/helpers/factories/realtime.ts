// Events for the realtime suites: through the API (createUser) or recorded directly with
// runInTransaction, as a feature would.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../../server/src/db/orm.js';
import { committedEventIds, runInTransaction, type NewEvent } from '../../../server/src/events/index.js';
import { Organization, OrganizationKind } from '../../../server/src/modules/organization/organization.entity.js';
import { User } from '../../../server/src/modules/user/user.entity.js';

type Gql = (query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<{ data?: any; errors?: any[] }>;

let serial = 0;

/** Creates a user of the caller's organization through the API; returns its id (the event's subjectId). */
export async function createUserVia(gql: Gql, token: string, label = 'user'): Promise<string> {
  const email = `${label}-${Date.now()}-${++serial}-${randomUUID().slice(0, 6)}@example.test`;
  const r = await gql(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
    { i: { email, name: `Test ${label}`, role: 'NPO_MEMBER', password: 'a-long-password' } },
    token,
  );
  if (!r.data?.createUser) throw new Error(`createUser failed: ${JSON.stringify(r.errors)}`);
  return r.data.createUser.id;
}

export async function orgIdOf(orm: Orm, code: string): Promise<string> {
  const em = orm.em.fork() as EntityManager;
  const org = code === 'APO'
    ? await em.findOneOrFail(Organization, { kind: OrganizationKind.SECRETARIAT })
    : await em.findOneOrFail(Organization, { economy: { code } });
  return org.id;
}

export async function userIdOf(orm: Orm, email: string): Promise<string> {
  return (await (orm.em.fork() as EntityManager).findOneOrFail(User, { email })).id;
}

/** Records one event as a feature would (same transaction machinery); returns its id. */
export async function recordEvent(orm: Orm, event: Partial<NewEvent> & Pick<NewEvent, 'audienceOrgIds'>): Promise<string> {
  let txOf: EntityManager | undefined;
  await runInTransaction(orm.em.fork() as EntityManager, async (tx, record) => {
    txOf = tx;
    record({ type: 'TEST_EVENT', subjectType: 'Test', subjectId: randomUUID(), ...event });
  });
  return (await committedEventIds(orm.em.fork() as EntityManager, txOf!))[0];
}

export const ACTIVITY = `subscription($after: String) { activity(after: $after) { cursor id type subjectType subjectId payload actor { email } } }`;

/** The newest event id of the whole log (as the Secretariat sees it), to subscribe from. */
export async function latestCursor(gql: Gql, secretariatToken: string): Promise<string | null> {
  const r = await gql(`{ activity(first: 1) { edges { cursor } } }`, {}, secretariatToken);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.activity.edges[0]?.cursor ?? null;
}
