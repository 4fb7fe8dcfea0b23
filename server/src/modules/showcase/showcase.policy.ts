// Who may see and do what with showcase entries, in one place. Listed: a COMPLETED pairing whose
// both sides consented; to signed-in readers (people, API tokens with READ) when both consents
// are at least SIGNED_IN, to anyone when both are PUBLIC. The pair and the Secretariat see their
// own entry, consents included, through the pairing. Only an NPO_ADMIN of a side sets that
// side's consent.
import type { FilterQuery } from '@mikro-orm/postgresql';
import { canRead, type Viewer } from '../auth/viewer.js';
import type { Pairing } from '../pairing/pairing.entity.js';
import { PairingStatus } from '../pairing/pairing.enums.js';
import { maySeePairing } from '../pairing/pairing.policy.js';
import { Role } from '../user/user.entity.js';
import { ShowcaseConsent } from './showcase.enums.js';
import type { ShowcaseEntry } from './showcase.entity.js';

type Sides = Pick<Pairing, 'sendingOrganization' | 'hostOrganization'>;
export type Side = 'sending' | 'host';

/** Signed-in readers see SIGNED_IN entries; anonymous callers (and tokens without READ) only PUBLIC ones. */
export const isSignedInReader = (viewer: Viewer | null | undefined): boolean => !!viewer && canRead(viewer);

/** The entries on the showcase for this viewer. */
export function listedWhere(viewer: Viewer | null | undefined): FilterQuery<ShowcaseEntry> {
  const allowed = isSignedInReader(viewer) ? [ShowcaseConsent.SIGNED_IN, ShowcaseConsent.PUBLIC] : [ShowcaseConsent.PUBLIC];
  return { pairing: { status: PairingStatus.COMPLETED }, sendingConsent: { $in: allowed }, hostConsent: { $in: allowed } };
}

/** Whether this entry is on the showcase for this viewer (the rule of listedWhere, for one loaded entry). */
export function isListedFor(viewer: Viewer | null | undefined, e: Pick<ShowcaseEntry, 'sendingConsent' | 'hostConsent'>, status: PairingStatus): boolean {
  const ok = (c: ShowcaseConsent) => c === ShowcaseConsent.PUBLIC || (c === ShowcaseConsent.SIGNED_IN && isSignedInReader(viewer));
  return status === PairingStatus.COMPLETED && ok(e.sendingConsent) && ok(e.hostConsent);
}

export const isPublic = (e: Pick<ShowcaseEntry, 'sendingConsent' | 'hostConsent'>): boolean =>
  e.sendingConsent === ShowcaseConsent.PUBLIC && e.hostConsent === ShowcaseConsent.PUBLIC;

/** The consents are the pair's and the Secretariat's business. */
export const mayReadConsents = (viewer: Viewer | null | undefined, p: Sides): boolean => maySeePairing(viewer, p);

/** The side whose consent this viewer sets: an NPO_ADMIN of that side; null for anyone else (members, the Secretariat, tokens). */
export function consentSideOf(viewer: Viewer | null | undefined, p: Sides): Side | null {
  if (!viewer?.userId || viewer.role !== Role.NPO_ADMIN) return null;
  if (viewer.organizationId === p.sendingOrganization.id) return 'sending';
  if (viewer.organizationId === p.hostOrganization.id) return 'host';
  return null;
}
