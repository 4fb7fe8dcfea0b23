// Demo notifications (DESIGN.md, last section): the real 2025 call of the fixture, CLOSED, and a
// demo call with the same content for the following year whose two rounds close 30 and 120 days
// after the seeding day, so that demo users can submit. The Secretariat's demo user imports each
// document and moves it on through the same commands as the API. Idempotent: existing codes are
// skipped.
import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { moveNotification } from '../../modules/notification/notification.commands.js';
import { ProjectNotification } from '../../modules/notification/notification.entity.js';
import type { NotificationStep } from '../../modules/notification/notification.policy.js';
import { importNotification } from '../../modules/notification/notification.import.js';
import { actorOf, type DemoCtx } from './demo-actors.js';
import { SECRETARIAT_EMAIL } from './demo-users.js';
import { findUp } from './reference.js';

export const DEMO_CALL_CODE = '26-SN-03-GE-BCN-C';
const FIXTURE_CALL_CODE = '25-SN-03-GE-BCN-C';
const FIXTURE_FILE = 'data/apo-notification-25-SN-03-GE-BCN-C.txt';
const FIXTURE_NOTE = 'Please refer to the implementation procedures circulated with this document for further details.';
const DEMO_NOTE = 'A demo call of BCN Hub: the content of the 2025 notification, one year later.';
const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** The calendar day in Asia/Tokyo `days` after `now`, YYYY-MM-DD. */
export function tokyoDayAfter(now: Date, days: number): string {
  return new Date(now.getTime() + TOKYO_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

export async function seedDemoNotifications(em: EntityManager, clock: Clock): Promise<void> {
  const secretariat = (await actorOf(em, clock, { email: SECRETARIAT_EMAIL }))?.ctx;
  if (!secretariat) return; // the users seeder did not run: nobody to import as
  const fixture = fs.readFileSync(findUp(FIXTURE_FILE), 'utf8');
  await seedOne(em, secretariat, FIXTURE_CALL_CODE, fixture, ['PUBLISH', 'CLOSE']);
  await seedOne(em, secretariat, DEMO_CALL_CODE, demoCallText(fixture, clock.now()), ['PUBLISH']);
}

/** Imports a document as a DRAFT, then takes the status steps, each in its own unit of work. */
async function seedOne(em: EntityManager, secretariat: DemoCtx, code: string, text: string, steps: NotificationStep[]): Promise<void> {
  if (await em.count(ProjectNotification, { projectCode: code })) return;
  let n = (await importNotification({ ...secretariat, em: em.fork() }, text)).notification;
  for (const step of steps) n = await moveNotification({ ...secretariat, em: em.fork() }, n.id, n.version, step);
}

/**
 * The fixture's document moved to the following year, as the Secretariat would edit it: its
 * own code and issue day, no reference number, the timing a year later, rounds closing 30 and
 * 120 days after `now`, and a note saying what it is.
 */
function demoCallText(fixture: string, now: Date): string {
  const longDate = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const [first, second] = [30, 120].map((days) => longDate(tokyoDayAfter(now, days)));
  const values: Record<string, (old: string) => string> = {
    'Date of Issue': () => longDate(tokyoDayAfter(now, 0)),
    'Project Code': () => DEMO_CALL_CODE,
    Timing: (old) => old.replace(/\b\d{4}\b/g, (year) => String(Number(year) + 1)),
    Remarks: () => `First closing date for application: ${first} Second closing date for application: ${second}`,
  };
  return fixture
    .split('\n')
    .filter((line) => !line.startsWith('Reference No.'))
    .map((line) => {
      if (line.trim() === FIXTURE_NOTE) return DEMO_NOTE;
      const [label, ...rest] = line.split('\t');
      return values[label] && rest.length ? `${label}\t${values[label](rest.join('\t'))}` : line;
    })
    .join('\n');
}
