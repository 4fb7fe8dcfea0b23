// Seeding on start: reference data always (idempotent); demo data when the config says so, and
// then only once per database (a recorded marker) and only into an empty program, so that a
// restart never creates or changes anything next to records that users made (issue 12.1).
// The marker's table is the SeedMarker entity (seed-marker.entity.ts).
// Feature modules add their demo seeders to `demoSeeders`, in dependency order.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { ProjectNotification } from '../../modules/notification/notification.entity.js';
import { Proposal } from '../../modules/proposal/proposal.entity.js';
import { seedReferenceData } from './reference.js';
import { seedDemoUsers } from './demo-users.js';
import { seedDemoNotifications } from './demo-notifications.js';
import { seedDemoProposals } from './demo-proposals.js';
import { seedDemoPairings } from './demo-pairings.js';

export type DemoSeeder = (em: EntityManager, clock: Clock) => Promise<void>;

const demoSeeders: DemoSeeder[] = [seedDemoUsers, seedDemoNotifications, seedDemoProposals, seedDemoPairings];
const DEMO = 'demo';

export async function seed(em: EntityManager, opts: { demo: boolean; clock: Clock }): Promise<void> {
  await seedReferenceData(em.fork());
  if (opts.demo) await seedDemoOnce(em, opts.clock);
}

/** Claims the marker first (one process wins when several start at once), then seeds or skips. */
async function seedDemoOnce(em: EntityManager, clock: Clock): Promise<void> {
  const empty = (await em.fork().count(ProjectNotification, {})) === 0 && (await em.fork().count(Proposal, {})) === 0;
  const claimed = await em
    .getConnection()
    .execute<Array<{ name: string }>>('insert into seed_marker (name, outcome) values (?, ?) on conflict (name) do nothing returning name', [DEMO, empty ? 'SEEDED' : 'SKIPPED']);
  if (claimed.length === 0 || !empty) return;
  try {
    for (const seeder of demoSeeders) await seeder(em.fork(), clock);
  } catch (e) {
    // Let the next start try again rather than leave a half-seeded program marked as done.
    await em.getConnection().execute('delete from seed_marker where name = ?', [DEMO]);
    throw e;
  }
}
