// Reading the meaning of single values: modality, places, participant limits and counts.
import { Modality } from '../notification.enums.js';
import type { ParticipantLimits } from '../notification.entity.js';
import { normalizeDashes } from './dates.js';
import { NUMBER, parseNumber } from './numbers.js';

export type EconomyName = { code: string; name: string };
export type Place = { allMembers: boolean; names: string[]; codes: string[] };

const MODALITY_WORDS: Array<[RegExp, Modality]> = [
  [/\bhybrid\b|\bblended\b/, Modality.HYBRID],
  [/\bvirtual\b|\bonline\b|\bremote\b/, Modality.VIRTUAL],
  [/face-to-face|face to face|in-person|in person|\bphysical\b|\bf2f\b|\bon-?site\b/, Modality.FACE_TO_FACE],
];
const MODALITY_TEXT = String.raw`(hybrid|virtual|online|face-to-face|face to face|in-person|in person|physical|f2f)`;

export function modalityOf(text: string): Modality | null {
  const s = normalizeDashes(text).toLowerCase();
  const found = MODALITY_WORDS.filter(([re]) => re.test(s)).map(([, m]) => m);
  if (found.includes(Modality.HYBRID)) return Modality.HYBRID;
  if (found.length === 2) return Modality.HYBRID; // "virtual and face-to-face"
  return found[0] ?? null;
}

export const isNotApplicable = (s: string): boolean => /^(?:not applicable|n\/?a|none|nil|-|—)\.?$/i.test(s.trim());

const ALL_MEMBERS = /^all\s+(?:apo\s+)?members?(?:\s+(?:countries|country|economies|economy|states))?\.?$/i;

/** "All Member Countries", or a list split on commas, semicolons and "and". */
export function placeOf(text: string): Omit<Place, 'codes'> {
  const s = text.trim();
  if (ALL_MEMBERS.test(s)) return { allMembers: true, names: [] };
  if (isNotApplicable(s)) return { allMembers: false, names: [] };
  const names = s.split(/\s*(?:,|;|&|\band\b)\s*/i).map((n) => n.replace(/\.$/, '').trim()).filter(Boolean);
  return { allMembers: false, names };
}

const ALIASES: Record<string, string> = {
  taiwan: 'TW', roc: 'TW', 'chinese taipei': 'TW', iran: 'IR', 'i r iran': 'IR', korea: 'KR', 'south korea': 'KR',
  rok: 'KR', laos: 'LA', 'lao': 'LA', 'lao people s democratic republic': 'LA', turkey: 'TR', 'türkiye': 'TR',
  'turkiye': 'TR', 'viet nam': 'VN', 'hong kong china': 'HK', 'hong kong sar': 'HK',
};

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Economy codes for names as written; returns the names it could not match. */
export function economyCodes(names: string[], economies: EconomyName[]): { codes: string[]; unknown: string[] } {
  const byKey = new Map<string, string>(Object.entries(ALIASES));
  for (const e of economies) {
    byKey.set(key(e.name), e.code);
    byKey.set(key(e.code), e.code);
  }
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const n of names) {
    const code = byKey.get(key(n)) ?? byKey.get(key(n.replace(/^the\s+/i, '')));
    if (!code) unknown.push(n);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/**
 * Limits per modality: "Up to 10 for a virtual activity or four for a face-to-face activity",
 * "Virtual: 10; face-to-face: 4". A bare count ("Up to 12") applies to `fallback`. Null when
 * nothing readable is there.
 */
export function limitsOf(text: string, fallback: Modality[]): ParticipantLimits | null {
  const s = normalizeDashes(text).toLowerCase().replace(/\s+/g, ' ');
  if (isNotApplicable(s)) return {};
  const limits: ParticipantLimits = {};
  const countFirst = new RegExp(String.raw`\b(${NUMBER})\b(?:\s*\([^)]*\))?\s*(?:overseas\s+)?(?:participants?|persons?|people|delegates?)?\s*(?:for|in|per|under|during)?\s*(?:an?|the|each)?\s*${MODALITY_TEXT}`, 'g');
  const modalityFirst = new RegExp(String.raw`${MODALITY_TEXT}(?:\s+(?:activit(?:y|ies)|meetings?|events?))?\s*[:=\-]\s*(?:up to\s+|maximum of\s+|max\.?\s+)?\b(${NUMBER})\b`, 'g');
  for (const m of s.matchAll(countFirst)) set(limits, modalityOf(m[2]), parseNumber(m[1]));
  for (const m of s.matchAll(modalityFirst)) set(limits, modalityOf(m[1]), parseNumber(m[2]));
  if (Object.keys(limits).length > 0) return limits;
  const bare = new RegExp(String.raw`\b(${NUMBER})\b`).exec(s);
  const n = bare ? parseNumber(bare[1]) : null;
  if (n === null) return null;
  for (const m of fallback) limits[m] = n;
  return limits;
}

function set(limits: ParticipantLimits, modality: Modality | null, n: number | null): void {
  if (modality && n !== null && limits[modality] === undefined) limits[modality] = n;
}

/** A count such as the local participants; null for "Not Applicable"; undefined when unreadable. */
export function countOf(text: string): number | null | undefined {
  if (isNotApplicable(text)) return null;
  const m = new RegExp(String.raw`\b(${NUMBER})\b`, 'i').exec(text.toLowerCase());
  return m ? (parseNumber(m[1]) ?? undefined) : undefined;
}

/** Implementing organizations: split on ";" and ",", and on "and" before a new organization's name. */
export function organizationsOf(text: string): string[] {
  return text
    .split(/\s*;\s*|\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?(?:APO|NPOs?|National|Ministry|[A-Z]{2,})\b)/)
    .map((s) => s.replace(/\.$/, '').trim())
    .filter(Boolean);
}
