// Every change to a notification: create, edit, the status steps. Each has the one command
// shape: policy → load for write with the version the client read (stale = CONFLICT) → state
// transition → change → record the event, in one transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, conflict, forbidden, notFound } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/index.js';
import { isUuid } from '../organization/organization.service.js';
import { Economy } from '../economy/economy.entity.js';
import { ProjectNotification, type ParticipantLimits } from './notification.entity.js';
import { NotificationStatus } from './notification.enums.js';
import type { CreateProjectNotificationInput, ProjectNotificationFieldsInput, UpdateProjectNotificationInput } from './notification.inputs.js';
import { assertEditable, canManageNotifications, isPublicStatus, notificationMachine, roundClosesAt, type NotificationStep } from './notification.policy.js';
import { ApplicationRound } from './round.entity.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;

export function assertManager(ctx: Ctx): void {
  if (!canManageNotifications(ctx.viewer)) throw forbidden('Only the APO Secretariat may change project notifications.');
}

/** Records the event of a change; the payload carries the version after the flush. */
export async function recordChange(tx: EntityManager, record: RecordEvent, actorId: string | null, n: ProjectNotification, type: string): Promise<void> {
  await tx.flush();
  record({
    type,
    subjectType: 'ProjectNotification',
    subjectId: n.id,
    actorId,
    audienceOrgIds: [],
    audiencePublic: isPublicStatus(n.status),
    payload: { notificationId: n.id, projectCode: n.projectCode, status: n.status, version: n.version },
  });
}

export async function createNotification(ctx: Ctx, input: CreateProjectNotificationInput): Promise<ProjectNotification> {
  assertManager(ctx);
  return runInTransaction(ctx.em, async (tx, record) => {
    await assertCodeFree(tx, input.projectCode);
    const n = tx.create(ProjectNotification, { projectCode: input.projectCode, title: input.title.trim() });
    await applyFields(tx, n, input);
    if (input.roundClosingDates) replaceRounds(tx, n, input.roundClosingDates);
    await recordChange(tx, record, ctx.viewer?.userId ?? null, n, 'NOTIFICATION_CREATED');
    return n;
  });
}

export async function updateNotification(ctx: Ctx, id: string, version: number, input: UpdateProjectNotificationInput): Promise<ProjectNotification> {
  assertManager(ctx);
  return runInTransaction(ctx.em, async (tx, record) => {
    const n = await loadForWrite(tx, id, version);
    assertEditable(n.status);
    if (input.projectCode && input.projectCode !== n.projectCode) {
      await assertCodeFree(tx, input.projectCode);
      n.projectCode = input.projectCode;
    }
    if (input.title) n.title = input.title.trim();
    await applyFields(tx, n, input as ProjectNotificationFieldsInput);
    if (input.roundClosingDates) {
      if (n.status !== NotificationStatus.DRAFT) throw badInput('roundClosingDates', 'Rounds can only be changed while the notification is a draft.');
      await n.rounds.init();
      replaceRounds(tx, n, input.roundClosingDates);
    }
    bumpVersion(n, ctx.clock.now());
    await recordChange(tx, record, ctx.viewer?.userId ?? null, n, 'NOTIFICATION_UPDATED');
    return n;
  });
}

const STEP_EVENTS: Record<NotificationStep, string> = {
  PUBLISH: 'NOTIFICATION_PUBLISHED',
  CLOSE: 'NOTIFICATION_CLOSED',
  ARCHIVE: 'NOTIFICATION_ARCHIVED',
};

/** One step of DRAFT → PUBLISHED → CLOSED → ARCHIVED. */
export async function moveNotification(ctx: Ctx, id: string, version: number, step: NotificationStep): Promise<ProjectNotification> {
  assertManager(ctx);
  return runInTransaction(ctx.em, async (tx, record) => {
    const n = await loadForWrite(tx, id, version);
    const to = notificationMachine.next(n.status, step);
    if (step === 'PUBLISH' && (await n.rounds.loadCount()) === 0) {
      throw badInput('rounds', 'A notification needs at least one application round (a closing date) before it is published.');
    }
    n.status = to;
    await recordChange(tx, record, ctx.viewer?.userId ?? null, n, STEP_EVENTS[step]);
    return n;
  });
}

export async function loadForWrite(tx: EntityManager, id: string, version: number): Promise<ProjectNotification> {
  const n = isUuid(id) ? await tx.findOne(ProjectNotification, { id }, { populate: ['rounds'] }) : null;
  if (!n) throw notFound('Project notification');
  assertVersion('This notification', n.version, version);
  return n;
}

/**
 * Changes to rounds alone do not touch the notification's row, so the version column would
 * not move; touching updatedAt makes every edit a new version. The time is the injected
 * clock's, nudged past the last change when that clock stands still.
 */
export function bumpVersion(n: ProjectNotification, now: Date): void {
  n.updatedAt = new Date(Math.max(now.getTime(), n.updatedAt.getTime() + 1));
}

async function assertCodeFree(tx: EntityManager, projectCode: string): Promise<void> {
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

function assertRealDate(field: string, value: string, extra: Record<string, unknown> = {}): void {
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
