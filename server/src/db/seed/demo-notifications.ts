// Demo notifications (DESIGN.md, last section): the real 2025 call of the fixture, CLOSED, and a
// demo call with the same content for the following year whose two rounds close 30 and 120 days
// after the seeding day, so that demo users can submit. Idempotent: existing codes are skipped.
import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { runInTransaction } from '../../events/event-log.js';
import { Economy } from '../../modules/economy/economy.entity.js';
import { recordChange } from '../../modules/notification/notification.commands.js';
import { ProjectNotification } from '../../modules/notification/notification.entity.js';
import { NotificationStatus } from '../../modules/notification/notification.enums.js';
import { assignParsed } from '../../modules/notification/notification.import.js';
import { parseNotificationText, type ParsedNotification } from '../../modules/notification/notification.parser.js';
import { replaceRounds } from '../../modules/notification/notification.commands.js';
import { findUp } from './reference.js';

export const DEMO_CALL_CODE = '26-SN-03-GE-BCN-C';
export const FIXTURE_CALL_CODE = '25-SN-03-GE-BCN-C';
const FIXTURE_FILE = 'data/apo-notification-25-SN-03-GE-BCN-C.txt';
const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** The calendar day in Asia/Tokyo `days` after `now`, YYYY-MM-DD. */
export function tokyoDayAfter(now: Date, days: number): string {
  return new Date(now.getTime() + TOKYO_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

export async function seedDemoNotifications(em: EntityManager, clock: Clock): Promise<void> {
  const economies = (await em.find(Economy, {})).map((e) => ({ code: e.code, name: e.name }));
  const parsed = parseNotificationText(fs.readFileSync(findUp(FIXTURE_FILE), 'utf8'), { economies });
  await seedOne(em, parsed, NotificationStatus.CLOSED);
  const now = clock.now();
  const rounds = [tokyoDayAfter(now, 30), tokyoDayAfter(now, 120)];
  await seedOne(em, demoCallOf(parsed, now, rounds), NotificationStatus.PUBLISHED);
}

/** The fixture's content moved to the following year, with rounds relative to the seeding day. */
function demoCallOf(p: ParsedNotification, now: Date, rounds: string[]): ParsedNotification {
  const nextYear = (d: string | null) => (d ? `${Number(d.slice(0, 4)) + 1}${d.slice(4)}` : null);
  const [first, second] = rounds.map((d) => new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return {
    ...p,
    projectCode: DEMO_CALL_CODE,
    referenceNo: null,
    issueDate: tokyoDayAfter(now, 0),
    timingStart: nextYear(p.timingStart),
    timingEnd: nextYear(p.timingEnd),
    remarks: `First closing date for application: ${first} Second closing date for application: ${second}`,
    roundClosingDates: rounds,
    extraFields: { ...p.extraFields, Note: 'A demo call of BCN Hub: the content of the 2025 notification, one year later.' },
  };
}

async function seedOne(em: EntityManager, parsed: ParsedNotification, status: NotificationStatus): Promise<void> {
  if (await em.count(ProjectNotification, { projectCode: parsed.projectCode })) return;
  await runInTransaction(em, async (tx, record) => {
    const n = tx.create(ProjectNotification, { projectCode: parsed.projectCode, title: parsed.title, status });
    assignParsed(n, parsed);
    replaceRounds(tx, n, parsed.roundClosingDates);
    await recordChange(tx, record, null, n, status === NotificationStatus.CLOSED ? 'NOTIFICATION_CLOSED' : 'NOTIFICATION_PUBLISHED');
  });
}
