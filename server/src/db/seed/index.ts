// Seeding on start: reference data always (idempotent), demo data when the config says so.
// Feature modules add their demo seeders to `demoSeeders`, in dependency order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { seedReferenceData } from './reference.js';
import { seedDemoUsers } from './demo-users.js';
import { seedDemoNotifications } from './demo-notifications.js';
import { seedDemoProposals } from './demo-proposals.js';
import { seedDemoPairings } from './demo-pairings.js';

export type DemoSeeder = (em: EntityManager, clock: Clock) => Promise<void>;

const demoSeeders: DemoSeeder[] = [seedDemoUsers, seedDemoNotifications, seedDemoProposals, seedDemoPairings];

export async function seed(em: EntityManager, opts: { demo: boolean; clock: Clock }): Promise<void> {
  await seedReferenceData(em.fork());
  if (!opts.demo) return;
  for (const seeder of demoSeeders) await seeder(em.fork(), opts.clock);
}
