// Importing the APO text format: parse (nothing is written when the text is bad), then create a
// DRAFT, or replace an existing draft of the same code when asked to.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, conflict } from '../../errors.js';
import { runInTransaction } from '../../events/index.js';
import { Economy } from '../economy/economy.entity.js';
import { assertManager, bumpVersion, recordChange, replaceRounds } from './notification.commands.js';
import { ProjectNotification } from './notification.entity.js';
import { NotificationStatus } from './notification.enums.js';
import { parseNotificationText, type ParsedNotification, type ParseWarning } from './notification.parser.js';

export const MAX_IMPORT_CHARS = 200_000;

export type ImportResult = { notification: ProjectNotification; warnings: ParseWarning[] };

export async function importNotification(
  ctx: Pick<Context, 'em' | 'viewer' | 'clock'>,
  text: string,
  replaceDraft = false,
): Promise<ImportResult> {
  assertManager(ctx);
  return importText(ctx.em, ctx.viewer?.userId ?? null, text, replaceDraft, ctx.clock.now());
}

/** Shared by the mutation and the CLI (which records the change with no actor). */
export async function importText(em: EntityManager, actorId: string | null, text: string, replaceDraft: boolean, now: Date): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_CHARS) throw badInput('text', `The document is longer than ${MAX_IMPORT_CHARS} characters.`);
  const economies = (await em.find(Economy, {})).map((e) => ({ code: e.code, name: e.name }));
  const parsed = parseNotificationText(text, { economies });
  return runInTransaction(em, async (tx, record) => {
    const existing = await tx.findOne(ProjectNotification, { projectCode: parsed.projectCode }, { populate: ['rounds'] });
    if (existing && !(replaceDraft && existing.status === NotificationStatus.DRAFT)) {
      throw conflict(
        existing.status === NotificationStatus.DRAFT
          ? `A draft with the project code ${parsed.projectCode} exists; import with replaceDraft: true to replace it.`
          : `A ${existing.status} notification with the project code ${parsed.projectCode} exists; only a draft can be replaced.`,
        { field: 'projectCode' },
      );
    }
    const n = existing ?? tx.create(ProjectNotification, { projectCode: parsed.projectCode, title: parsed.title });
    assignParsed(n, parsed);
    replaceRounds(tx, n, parsed.roundClosingDates);
    if (existing) bumpVersion(n, now);
    await recordChange(tx, record, actorId, n, existing ? 'NOTIFICATION_UPDATED' : 'NOTIFICATION_CREATED');
    return { notification: n, warnings: parsed.warnings };
  });
}

export function assignParsed(n: ProjectNotification, p: ParsedNotification): void {
  // null, not undefined: replacing a draft must clear what the new text leaves out.
  const opt = <T>(v: T | null): T => v as T;
  Object.assign(n, {
    referenceNo: opt(p.referenceNo),
    title: p.title,
    issueDate: opt(p.issueDate),
    timingStart: opt(p.timingStart),
    timingEnd: opt(p.timingEnd),
    hostingEconomies: p.hosting.codes,
    hostingAllMembers: p.hosting.allMembers,
    venueCities: p.venue.names,
    venueAllMembers: p.venue.allMembers,
    modality: opt(p.modality),
    implementingOrganizations: p.implementingOrganizations,
    participatingEconomies: p.participating.codes,
    participatingAllMembers: p.participating.allMembers,
    participantLimits: p.participantLimits,
    overseasParticipantsText: opt(p.overseasParticipantsText),
    localParticipants: opt(p.localParticipants),
    localParticipantsText: opt(p.localParticipantsText),
    closingDateText: opt(p.closingDateText),
    remarks: opt(p.remarks),
    objectives: opt(p.objectives),
    rationale: opt(p.rationale),
    background: p.background,
    topics: opt(p.topics),
    outcome: opt(p.outcome),
    qualifications: opt(p.qualifications),
    signatory: opt(p.signatory),
    signatoryTitle: opt(p.signatoryTitle),
    extraFields: p.extraFields,
  });
}
