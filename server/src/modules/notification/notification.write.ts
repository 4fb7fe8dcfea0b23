// Applying validated input to a notification: economy codes checked against the members,
// rounds rebuilt from closing days, the project code kept unique.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict } from '../../errors.js';
import { Economy } from '../economy/economy.entity.js';
import { ProjectNotification, type ParticipantLimits } from './notification.entity.js';
import type { ProjectNotificationFieldsInput } from './notification.inputs.js';
import { ApplicationRound } from './round.entity.js';
import { roundClosesAt } from './round.rules.js';

export async function assertCodeFree(tx: EntityManager, projectCode: string): Promise<void> {
  if (await tx.count(ProjectNotification, { projectCode })) {
    throw conflict(`A notification with the project code ${projectCode} already exists.`, { field: 'projectCode' });
  }
}

/** Plain text fields copied as given (trimmed; an empty string clears the field). */
const TEXT_FIELDS = [
  'referenceNo', 'overseasParticipantsText', 'localParticipantsText', 'closingDateText', 'remarks', 'objectives',
  'rationale', 'topics', 'outcome', 'qualifications', 'signatory', 'signatoryTitle',
] as const;
const DATE_FIELDS = ['issueDate', 'timingStart', 'timingEnd'] as const;
const LIST_FIELDS = ['venueCities', 'implementingOrganizations', 'background'] as const;
const FLAG_FIELDS = ['hostingAllMembers', 'venueAllMembers', 'participatingAllMembers'] as const;

export async function applyFields(tx: EntityManager, n: ProjectNotification, input: ProjectNotificationFieldsInput): Promise<void> {
  for (const f of TEXT_FIELDS) {
    const v = input[f];
    if (v !== undefined) n[f] = v?.trim() ? v.trim() : undefined;
  }
  for (const f of DATE_FIELDS) {
    const v = input[f];
    if (v === undefined) continue;
    if (v !== null) assertRealDate(f, v);
    n[f] = v ?? undefined;
  }
  if (n.timingStart && n.timingEnd && n.timingStart > n.timingEnd) throw badInput('timingEnd', 'timingEnd must not be before timingStart.');
  for (const f of LIST_FIELDS) {
    const v = input[f];
    if (v !== undefined) n[f] = (v ?? []).map((s) => s.trim()).filter(Boolean);
  }
  for (const f of FLAG_FIELDS) {
    const v = input[f];
    if (v !== undefined && v !== null) n[f] = v;
  }
  if (input.modality !== undefined) n.modality = input.modality ?? undefined;
  if (input.localParticipants !== undefined) n.localParticipants = input.localParticipants ?? undefined;
  if (input.participantLimits !== undefined) n.participantLimits = toLimits(input.participantLimits ?? []);
  if (input.hostingEconomies !== undefined) n.hostingEconomies = await economyCodes(tx, 'hostingEconomies', input.hostingEconomies ?? []);
  if (input.participatingEconomies !== undefined) {
    n.participatingEconomies = await economyCodes(tx, 'participatingEconomies', input.participatingEconomies ?? []);
  }
}

function toLimits(list: Array<{ modality: keyof ParticipantLimits; max: number }>): ParticipantLimits {
  const limits: ParticipantLimits = {};
  for (const l of list) {
    if (limits[l.modality] !== undefined) throw badInput('participantLimits', `The limit for ${l.modality} is given twice.`);
    limits[l.modality] = l.max;
  }
  return limits;
}

async function economyCodes(tx: EntityManager, field: string, codes: string[]): Promise<string[]> {
  const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  if (wanted.length === 0) return [];
  const found = new Set((await tx.find(Economy, { code: { $in: wanted } })).map((e) => e.code));
  const unknown = wanted.filter((c) => !found.has(c));
  if (unknown.length) throw badInput(field, `Not APO member economy codes: ${unknown.join(', ')}.`);
  return wanted;
}

export function assertRealDate(field: string, value: string, extra: Record<string, unknown> = {}): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badInput(field, `${field} must be a real date YYYY-MM-DD, not "${value}".`, extra);
  }
}

/** Rounds numbered 1, 2 … in the given order, which must be strictly increasing days. */
export function replaceRounds(tx: EntityManager, n: ProjectNotification, closingDays: string[]): void {
  closingDays.forEach((day, i) => {
    assertRealDate('roundClosingDates', day);
    if (i > 0 && day <= closingDays[i - 1]) throw badInput('roundClosingDates', 'Closing dates must be in order, each after the one before.');
  });
  // Rounds are kept by ordinal and their days changed, so that (notification, ordinal) stays unique.
  const existing = new Map(n.rounds.getItems().map((r) => [r.ordinal, r]));
  closingDays.forEach((closesOn, i) => {
    const round = existing.get(i + 1);
    if (round) Object.assign(round, { closesOn, closesAt: roundClosesAt(closesOn) });
    else n.rounds.add(tx.create(ApplicationRound, { notification: n, ordinal: i + 1, closesOn, closesAt: roundClosesAt(closesOn) }));
    existing.delete(i + 1);
  });
  for (const r of existing.values()) {
    n.rounds.remove(r);
    tx.remove(r);
  }
}
