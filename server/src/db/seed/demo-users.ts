// Demo sign-ins fixed by DESIGN.md, password `bcn-demo`: secretariat@apo.demo; for each NPO
// <code>@npo.demo (NPO_ADMIN) and <code>-member@npo.demo (NPO_MEMBER). Idempotent.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization, OrganizationKind } from '../../modules/organization/organization.entity.js';
import { Role, User } from '../../modules/user/user.entity.js';
import { hashPassword } from '../../modules/auth/password.js';

export const DEMO_PASSWORD = 'bcn-demo';
export const SECRETARIAT_EMAIL = 'secretariat@apo.demo';

export type DemoIdentity = { email: string; name: string; role: Role };

/** The demo sign-ins of one organization (its economy loaded). */
export function demoIdentitiesOf(org: Organization): DemoIdentity[] {
  if (org.kind === OrganizationKind.SECRETARIAT) return [{ email: SECRETARIAT_EMAIL, name: 'Secretariat Program Officer', role: Role.SECRETARIAT }];
  const code = org.economy!.getEntity().code.toLowerCase();
  return [
    { email: `${code}@npo.demo`, name: `${org.acronym} Administrator`, role: Role.NPO_ADMIN },
    { email: `${code}-member@npo.demo`, name: `${org.acronym} Staff Member`, role: Role.NPO_MEMBER },
  ];
}

export async function seedDemoUsers(em: EntityManager): Promise<void> {
  const orgs = await em.find(Organization, {}, { populate: ['economy'] });
  const existing = new Set((await em.find(User, {})).map((u) => u.email));
  const missing = orgs.flatMap((org) => demoIdentitiesOf(org).map((who) => ({ ...who, org }))).filter((w) => !existing.has(w.email));
  // Each user gets their own salt; hashing in parallel uses libuv's thread pool.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  missing.forEach((w, i) => em.create(User, { email: w.email, name: w.name, role: w.role, organization: w.org, passwordHash: hashes[i] }));
  await em.flush();
}
