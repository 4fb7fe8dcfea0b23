// Project notifications for tests: entities straight into the test database, and APO text
// documents built from label/value pairs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ProjectNotification } from '../../../server/src/modules/notification/notification.entity.js';
import { Modality, NotificationStatus } from '../../../server/src/modules/notification/notification.enums.js';
import type { WithDb } from './organizations.js';
import { ApplicationRound } from '../../../server/src/modules/notification/round.entity.js';
import { roundClosesAt } from '../../../server/src/modules/notification/notification.policy.js';
import type { Clock } from '../../../server/src/clock.js';
import { tokyoDayAfter } from '../../../server/src/db/seed/demo-notifications.js';

export const FIXTURE_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/apo-notification-25-SN-03-GE-BCN-C.txt');
export const fixtureText = (): string => fs.readFileSync(FIXTURE_PATH, 'utf8');

let seq = 0;
/** A fresh, valid project code: 9Y-SN-NN-GE-TST-A … (never one of the demo codes). */
export function nextProjectCode(): string {
  seq += 1;
  const letter = String.fromCharCode(65 + (process.pid % 26));
  return `9${seq % 10}-SN-${String(Math.floor(seq / 10) % 100).padStart(2, '0')}-GE-TST-${letter}`;
}

/** Closing days `days` after the clock's today in Tokyo, for a call open now (the demo call's are 30 and 120). */
export const roundsAhead = (clock: Clock, ...days: number[]): string[] => days.map((d) => tokyoDayAfter(clock.now(), d));

/** The fixture call's limits and closing days (test/fixtures/apo-notification-25-SN-03-GE-BCN-C.txt). */
export const FIXTURE = {
  participantLimits: { VIRTUAL: 10, FACE_TO_FACE: 4 },
  rounds: ['2025-03-31', '2025-06-30'],
  /** Two instants: just before the end of 31 March and of 30 June 2025 in Tokyo. */
  lastMinuteOfRound1: '2025-03-31T14:59:00.000Z',
  lastMinuteOfRound2: '2025-06-30T14:59:00.000Z',
} as const;

export type NotificationOverrides = Partial<Pick<ProjectNotification, 'projectCode' | 'title' | 'status' | 'modality'>> & {
  participantLimits?: Record<string, number>;
  /** Closing days YYYY-MM-DD, round 1, 2 …; default the fixture's (31 March and 30 June 2025). */
  rounds?: string[];
  /** Economy codes; default all members. */
  participatingEconomies?: string[];
  hostingEconomies?: string[];
};

/** A call like the fixture: PUBLISHED, 10 virtual / 4 face-to-face, closing 31 March and 30 June 2025. */
export async function buildNotification(app: WithDb, over: NotificationOverrides = {}): Promise<ProjectNotification> {
  const em = app.db.orm.em.fork() as EntityManager;
  const n = em.create(ProjectNotification, {
    projectCode: over.projectCode ?? nextProjectCode(),
    title: over.title ?? 'A test call',
    status: over.status ?? NotificationStatus.PUBLISHED,
    modality: over.modality ?? Modality.HYBRID,
    participantLimits: over.participantLimits ?? { ...FIXTURE.participantLimits },
    participatingAllMembers: !over.participatingEconomies,
    participatingEconomies: over.participatingEconomies ?? [],
    hostingAllMembers: !over.hostingEconomies,
    hostingEconomies: over.hostingEconomies ?? [],
  });
  (over.rounds ?? [...FIXTURE.rounds]).forEach((closesOn, i) =>
    em.create(ApplicationRound, { notification: n, ordinal: i + 1, closesOn, closesAt: roundClosesAt(closesOn) }),
  );
  await em.flush();
  return n;
}

/** The fixture's fields as [label, value] pairs, for building variants of the document. */
export const FIXTURE_FIELDS: Array<[string, string]> = [
  ['Reference No.', '520'],
  ['Date of Issue', '27 January 2025'],
  ['Project Code', '25-SN-03-GE-BCN-C'],
  ['Title', 'Bilateral Cooperation between NPOs (BCN)'],
  ['Timing', '1 January 2025\u201331 December 2025'],
  ['Hosting Country(ies)', 'All Member Countries'],
  ['Venue City(ies)', 'All Member Countries'],
  ['Modality', 'Hybrid'],
  ['Implementing Organization(s)', 'National Productivity Organizations and APO Secretariat'],
  ['Participating Country(ies)', 'All Member Countries'],
  ['Overseas Participants', 'Up to 10 for a virtual activity or four for a face-to-face activity'],
  ['Local Participants', 'Not Applicable'],
  ['Closing Date', 'Please refer to the Remarks column'],
  ['Remarks', 'First closing date for application: 31 March 2025 Second closing date for application: 30 June 2025'],
  ['Objectives', 'Facilitate bilateral meetings between APO members.'],
  ['Background', '<p>First paragraph.</p> <p>Second paragraph.</p>'],
];

/** A document in the APO format: a heading, label/value lines, a signature. */
export function buildDocument(
  fields: Array<[string, string]>,
  opts: { separator?: string; signature?: string[] } = {},
): string {
  const sep = opts.separator ?? '\t';
  const body = fields.map(([label, value]) => `${label}${sep}${value}`).join('\n');
  const signature = opts.signature ?? ['Dr. Indra Pradana Singawinata', 'Secretary-General'];
  return `PROJECT NOTIFICATION\n\n${body}\n\n\n${signature.join('\n')}\n`;
}

/** The fixture fields with some replaced (by label) or removed (value null). */
export function withFields(changes: Record<string, string | null>): Array<[string, string]> {
  return FIXTURE_FIELDS.flatMap(([label, value]): Array<[string, string]> => {
    if (!(label in changes)) return [[label, value]];
    const v = changes[label];
    return v === null ? [] : [[label, v]];
  });
}
