// Users for tests, written straight into the test database with a real password hash, so that
// they can sign in through the API like anyone else.
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, demoIdentitiesOf, SECRETARIAT_EMAIL } from '../../../server/src/db/seed/demo-users.js';
import { hashPassword } from '../../../server/src/modules/auth/password.js';
import { Role, User } from '../../../server/src/modules/user/user.entity.js';
import { orgOf, type WithDb } from './organizations.js';

export type UserOverrides = {
  /** Economy code of the user's NPO, or 'APO' for the Secretariat; default 'JP'. */
  org?: string;
  /** Default: SECRETARIAT in the Secretariat, NPO_MEMBER elsewhere. */
  role?: Role;
  email?: string;
  name?: string;
  password?: string;
};

// scrypt is slow on purpose; one hash per password serves every user of a test process.
const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

export async function buildUser(app: WithDb, over: UserOverrides = {}): Promise<User> {
  const em = app.db.orm.em.fork() as EntityManager;
  const code = (over.org ?? 'JP').toLowerCase();
  const org = await orgOf(app, code);
  const role = over.role ?? (code === 'apo' ? Role.SECRETARIAT : Role.NPO_MEMBER);
  const user = em.create(User, {
    email: (over.email ?? `user-${randomUUID().slice(0, 8)}@${code}.test`).toLowerCase(),
    name: over.name ?? `${org.acronym} ${role === Role.NPO_ADMIN ? 'Administrator' : 'Person'}`,
    role,
    organization: org.id,
    passwordHash: await hashOf(over.password ?? DEMO_PASSWORD),
  });
  await em.flush();
  return user;
}

export async function userId(app: WithDb, email: string): Promise<string> {
  return (await (app.db.orm.em.fork() as EntityManager).findOneOrFail(User, { email: email.toLowerCase() })).id;
}

/** The economy code ('APO' for the Secretariat) that a demo sign-in's address names, if it is one. */
export function demoOrgCodeOf(email: string): string | null {
  const e = email.toLowerCase();
  if (e === SECRETARIAT_EMAIL) return 'APO';
  return /^([a-z]{2})(-member)?@npo\.demo$/.exec(e)?.[1].toUpperCase() ?? null;
}

/** The demo administrator's address of an NPO (`np@npo.demo`), or the Secretariat's for 'APO'. */
export const demoAdminEmail = (code: string): string =>
  code.toUpperCase() === 'APO' ? SECRETARIAT_EMAIL : `${code.toLowerCase()}@npo.demo`;

/**
 * The user of a demo sign-in (`jp@npo.demo`, `jp-member@npo.demo`, `secretariat@apo.demo`), with
 * the name and role the demo seed gives it; created on first use, so that the test template
 * needs no users.
 */
export async function demoUser(app: WithDb, email: string): Promise<User> {
  const code = demoOrgCodeOf(email);
  if (!code) throw new Error(`${email} is not a demo sign-in`);
  const em = app.db.orm.em.fork() as EntityManager;
  const existing = await em.findOne(User, { email: email.toLowerCase() });
  if (existing) return existing;
  const who = demoIdentitiesOf(await orgOf(app, code)).find((d) => d.email === email.toLowerCase());
  if (!who) throw new Error(`${email} is not a demo sign-in`);
  try {
    return await buildUser(app, { org: code, role: who.role, email: who.email, name: who.name, password: DEMO_PASSWORD });
  } catch (e) {
    // Two callers raced to create the same person: the other one won.
    if (e instanceof UniqueConstraintViolationException) return em.findOneOrFail(User, { email: who.email });
    throw e;
  }
}
