// The showcase's commands and reads: writing a completed pairing's summary (either party), each
// NPO admin's consent for their side, and the showcase list. Every write loads the pairing as the
// viewer may write it, checks the entry's version and records a pairing event in the same transaction.
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { assertVersion, badInput, conflict, forbidden } from '../../errors.js';
import { latestEventAbout, runInTransaction } from '../../events/index.js';
import { containsPattern } from '../../shared/list-order.js';
import { paginate, type PageArgs } from '../../shared/pagination.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../organization/organization.service.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { pairingForWrite, recordPairingEvent } from '../pairing/pairing.service.js';
import { User } from '../user/user.entity.js';
import { ShowcaseEntry } from './showcase.entity.js';
import { ShowcaseConsent } from './showcase.enums.js';
import type { ShowcaseSummaryInput } from './showcase.inputs.js';
import { consentSideOf, isPublic, listedWhere } from './showcase.policy.js';

type Ctx = Pick<Context, 'em' | 'viewer' | 'clock'>;
export type ShowcaseFilterArgs = { topic?: string | null; economyId?: string | null };

const TEXT_FIELDS = ['whatWorked', 'whatToTry', 'contactName', 'contactEmail'] as const;

function assertCompleted(p: Pairing, what: string): void {
  if (p.status !== PairingStatus.COMPLETED) {
    throw badInput('pairingId', `${what} only for a COMPLETED pairing; this one is ${p.status}.`, { status: p.status });
  }
}

/** Either party writes the summary; a changed text clears both consents, which were given to the old text. */
export async function updateShowcaseSummary(ctx: Ctx, pairingId: string, version: number | null, input: ShowcaseSummaryInput): Promise<ShowcaseEntry> {
  const text = trimmed(input);
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await pairingForWrite(tx, ctx.viewer, pairingId);
    assertCompleted(p, 'A showcase summary is written');
    const existing = await tx.findOne(ShowcaseEntry, { pairing: p.id });
    if (!existing && version !== null) throw conflict('This pairing has no showcase summary yet; send version null to write the first one.', { currentVersion: null });
    if (existing && version === null) throw conflict(`Someone has already written this pairing's summary (version ${existing.version}). Reload and apply your change again.`, { currentVersion: existing.version });
    if (existing) assertVersion('The showcase summary', existing.version, version!);
    const entry = existing ?? tx.create(ShowcaseEntry, { pairing: p, ...text, completedAt: await completedAtOf(tx, p) });
    const changed = !!existing && TEXT_FIELDS.some((f) => existing[f] !== text[f]);
    if (existing && !changed) return existing; // the same text again: nothing to record
    if (changed) {
      Object.assign(entry, text);
      clearConsents(entry);
    }
    await recordPairingEvent(tx, record, ctx.viewer, p, {
      type: 'SHOWCASE_ENTRY_UPDATED',
      subjectType: 'ShowcaseEntry',
      subjectId: entry.id,
      payload: { showcaseEntryId: entry.id, version: entry.version, consentsCleared: changed },
      summary: changed ? 'the showcase summary was changed; both consents must be given again' : 'the showcase summary was written',
    });
    return entry;
  });
}

/** An NPO admin sets their own side's consent; NONE takes the entry off the showcase at once. */
export async function setShowcaseConsent(ctx: Ctx, pairingId: string, version: number, consent: ShowcaseConsent): Promise<ShowcaseEntry> {
  return runInTransaction(ctx.em, async (tx, record) => {
    const p = await pairingForWrite(tx, ctx.viewer, pairingId);
    const side = consentSideOf(ctx.viewer, p);
    if (!side) throw forbidden("Only an administrator of the sending or the host NPO gives that NPO's consent to the showcase.");
    assertCompleted(p, 'Consent to the showcase is given');
    const entry = await tx.findOne(ShowcaseEntry, { pairing: p.id });
    if (!entry) throw badInput('pairingId', 'This pairing has no showcase summary yet; write the summary before consenting to show it.');
    assertVersion('The showcase entry', entry.version, version);
    entry[`${side}Consent`] = consent;
    entry[`${side}ConsentBy`] = tx.getReference(User, ctx.viewer!.userId!, { wrapped: true });
    entry[`${side}ConsentAt`] = ctx.clock.now();
    const listed = entry.sendingConsent !== ShowcaseConsent.NONE && entry.hostConsent !== ShowcaseConsent.NONE;
    await recordPairingEvent(tx, record, ctx.viewer, p, {
      type: 'SHOWCASE_CONSENT_CHANGED',
      subjectType: 'ShowcaseEntry',
      subjectId: entry.id,
      payload: { showcaseEntryId: entry.id, version: entry.version, side: side.toUpperCase(), consent, listed, public: isPublic(entry) },
      summary: consent === ShowcaseConsent.NONE ? `the ${side} NPO withdrew its consent to the showcase` : `the ${side} NPO consented to the showcase (${consent})`,
    });
    return entry;
  });
}

function trimmed(input: ShowcaseSummaryInput): Record<(typeof TEXT_FIELDS)[number], string> {
  const out = Object.fromEntries(TEXT_FIELDS.map((f) => [f, input[f].trim()])) as Record<(typeof TEXT_FIELDS)[number], string>;
  for (const f of TEXT_FIELDS) if (!out[f]) throw badInput(f, `${f} must not be blank.`);
  return out;
}

function clearConsents(entry: ShowcaseEntry): void {
  entry.sendingConsent = ShowcaseConsent.NONE;
  entry.hostConsent = ShowcaseConsent.NONE;
  entry.sendingConsentBy = entry.hostConsentBy = null;
  entry.sendingConsentAt = entry.hostConsentAt = null;
}

/** The completion event's time; the pairing's last change when it completed without one (seeded data). */
async function completedAtOf(tx: EntityManager, p: Pairing): Promise<Date> {
  const event = await latestEventAbout(tx, p.id, 'PAIRING_COMPLETED');
  return event?.createdAt ?? p.updatedAt;
}

/** The entries this viewer may see on the showcase, newest completion first. */
export function listShowcase(em: EntityManager, viewer: Viewer | null, filter: ShowcaseFilterArgs, page: PageArgs) {
  const parts: FilterQuery<ShowcaseEntry>[] = [listedWhere(viewer)];
  const topic = containsPattern(filter.topic, 'filter.topic');
  if (topic) parts.push({ pairing: { proposal: { topic: { $ilike: topic } } } });
  if (filter.economyId) {
    const id = isUuid(filter.economyId) ? filter.economyId : null;
    parts.push(id ? { $or: [{ pairing: { sendingOrganization: { economy: id } } }, { pairing: { hostOrganization: { economy: id } } }] } : { id: null });
  }
  const populate = ['pairing.proposal', 'pairing.sendingOrganization.economy', 'pairing.hostOrganization.economy'] as never;
  return paginate(em, ShowcaseEntry, { $and: parts }, page, [['completedAt', 'desc']], { populate });
}
