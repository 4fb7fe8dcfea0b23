// How far one NPO lets a completed pairing's summary travel: not at all, to signed-in users, or
// to everyone. An entry is listed only when both sides say more than NONE, publicly only when both say PUBLIC.
import { defineEnum, type EnumValue } from '../../shared/enum.js';

export const ShowcaseConsent = defineEnum(
  'ShowcaseConsent',
  ['NONE', 'SIGNED_IN', 'PUBLIC'],
  "One NPO's consent to show a pairing's summary: NONE (not shown), SIGNED_IN (to signed-in users), PUBLIC (to anyone, once the other side agrees too).",
);
export type ShowcaseConsent = EnumValue<typeof ShowcaseConsent>;
