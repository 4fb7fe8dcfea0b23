// Every change to a notification: create, edit, the status steps. Each runs in one transaction
// with its ActivityEvent; each takes the version the client read (stale = CONFLICT).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, forbidden, notFound } from '../../errors.js';
import { runInTransaction, type RecordEvent } from '../../events/event-log.js';
import { isUuid } from '../organization/organization.service.js';
import { ProjectNotification } from './notification.entity.js';
import { NotificationStatus } from './notification.enums.js';
import type { CreateProjectNotificationInput, ProjectNotificationFieldsInput, UpdateProjectNotificationInput } from './notification.inputs.js';
import { canManageNotifications, isPublicStatus } from './notification.policy.js';
import { assertEditable, assertTransition } from './notification.rules.js';
import { applyFields, assertCodeFree, replaceRounds } from './notification.write.js';

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
    bumpVersion(n);
    await recordChange(tx, record, ctx.viewer?.userId ?? null, n, 'NOTIFICATION_UPDATED');
    return n;
  });
}

const STEP_EVENTS: Partial<Record<NotificationStatus, string>> = {
  [NotificationStatus.PUBLISHED]: 'NOTIFICATION_PUBLISHED',
  [NotificationStatus.CLOSED]: 'NOTIFICATION_CLOSED',
  [NotificationStatus.ARCHIVED]: 'NOTIFICATION_ARCHIVED',
};

/** One step of DRAFT → PUBLISHED → CLOSED → ARCHIVED. */
export async function moveNotification(ctx: Ctx, id: string, version: number, to: NotificationStatus): Promise<ProjectNotification> {
  assertManager(ctx);
  return runInTransaction(ctx.em, async (tx, record) => {
    const n = await loadForWrite(tx, id, version);
    assertTransition(n.status, to);
    if (to === NotificationStatus.PUBLISHED) {
      if ((await n.rounds.loadCount()) === 0) throw badInput('rounds', 'A notification needs at least one application round (a closing date) before it is published.');
    }
    n.status = to;
    await recordChange(tx, record, ctx.viewer?.userId ?? null, n, STEP_EVENTS[to]!);
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
 * not move; touching updatedAt makes every edit a new version.
 */
export function bumpVersion(n: ProjectNotification): void {
  n.updatedAt = new Date();
}
