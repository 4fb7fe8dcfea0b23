// Parser of the APO project notification text format (the family of documents like
// test/fixtures/apo-notification-25-SN-03-GE-BCN-C.txt). Pure: text in, fields out, or a
// BAD_USER_INPUT naming the field and the line. The steps live in ./parser/.
import { badInput } from '../../errors.js';
import type { ParticipantLimits } from './notification.entity.js';
import { Modality } from './notification.enums.js';
import { PROJECT_CODE } from './notification.inputs.js';
import { findDates, DATE_LIKE_START, normalizeDashes, parseDate, parseDateRange } from './parser/dates.js';
import { FIELD_NAMES, type FieldKey } from './parser/labels.js';
import { tokenize, valueOf, type FreeBlock, type LabelledRecord } from './parser/lines.js';
import { plainText, paragraphsOf } from './parser/text.js';
import { countOf, economyCodes, limitsOf, modalityOf, organizationsOf, placeOf, type EconomyName, type Place } from './parser/values.js';

export type { EconomyName, Place };
export type ParseWarning = { line: number; label: string; message: string };
export type ParsedNotification = {
  referenceNo: string | null; issueDate: string | null; projectCode: string; title: string;
  timingStart: string | null; timingEnd: string | null; hosting: Place; venue: Place; modality: Modality | null;
  implementingOrganizations: string[]; participating: Place; participantLimits: ParticipantLimits;
  overseasParticipantsText: string | null; localParticipants: number | null; localParticipantsText: string | null;
  closingDateText: string | null; remarks: string | null; roundClosingDates: string[];
  objectives: string | null; rationale: string | null; background: string[]; topics: string | null;
  outcome: string | null; qualifications: string | null; signatory: string | null; signatoryTitle: string | null;
  extraFields: Record<string, string>; warnings: ParseWarning[];
};

type Field = { value: string; line: number; label: string };
type Fields = Partial<Record<FieldKey, Field>>;

const fail = (key: FieldKey, f: Field | undefined, message: string) =>
  badInput(FIELD_NAMES[key], message, { line: f?.line ?? null, label: f?.label ?? null });

export function parseNotificationText(text: string, opts: { economies: EconomyName[] }): ParsedNotification {
  const { records, blocks } = tokenize(text);
  const fields = collectFields(records);
  const { extraFields, warnings } = collectExtras(records);
  const signature = signatureOf(blocks, records.length);
  // Free text that is not the signature (e.g. "Please refer to …") is kept as a note.
  const notes = blocks.filter((b) => b !== signature.block).map((b) => plainText(b.lines.join(' ')));
  if (notes.length) extraFields.Note = [extraFields.Note, ...notes].filter(Boolean).join('\n\n');
  const modality = readModality(fields);
  const limits = readLimits(fields, modality);
  const [timingStart, timingEnd] = readTiming(fields);
  return {
    referenceNo: textOf(fields.referenceNo),
    issueDate: readDate(fields, 'issueDate'),
    projectCode: readProjectCode(fields),
    title: readTitle(fields),
    timingStart,
    timingEnd,
    hosting: readPlace(fields, 'hosting', opts.economies),
    venue: { ...placeOf(textOf(fields.venue) ?? ''), codes: [] },
    modality,
    implementingOrganizations: organizationsOf(textOf(fields.implementing) ?? ''),
    participating: readPlace(fields, 'participating', opts.economies),
    participantLimits: limits,
    overseasParticipantsText: textOf(fields.overseas),
    localParticipants: readLocal(fields),
    localParticipantsText: textOf(fields.local),
    closingDateText: textOf(fields.closingDate),
    remarks: textOf(fields.remarks),
    roundClosingDates: readRounds(fields),
    objectives: textOf(fields.objectives),
    rationale: textOf(fields.rationale),
    background: fields.background ? paragraphsOf(fields.background.value) : [],
    topics: textOf(fields.topics),
    outcome: textOf(fields.outcome),
    qualifications: textOf(fields.qualifications),
    signatory: signature.name,
    signatoryTitle: signature.title,
    extraFields,
    warnings,
  };
}

function collectFields(records: LabelledRecord[]): Fields {
  const fields: Fields = {};
  for (const r of records) {
    if (!r.key) continue;
    const seen = fields[r.key];
    const f = { value: valueOf(r), line: r.line, label: r.label };
    if (seen) throw fail(r.key, f, `"${r.label}" appears twice (lines ${seen.line} and ${r.line}).`);
    fields[r.key] = f;
  }
  return fields;
}

function collectExtras(records: LabelledRecord[]): { extraFields: Record<string, string>; warnings: ParseWarning[] } {
  const extraFields: Record<string, string> = {};
  const warnings: ParseWarning[] = [];
  for (const r of records.filter((x) => !x.key)) {
    const value = plainText(valueOf(r));
    extraFields[r.label] = extraFields[r.label] ? `${extraFields[r.label]}\n\n${value}` : value;
    warnings.push({ line: r.line, label: r.label, message: `Unknown label "${r.label}": kept as written in extraFields.` });
  }
  return { extraFields, warnings };
}

/** Name and title lines at the end, after the last labelled line: the signatory. */
function signatureOf(blocks: FreeBlock[], recordCount: number): { block: FreeBlock | null; name: string | null; title: string | null } {
  const last = blocks.at(-1);
  const looksSigned = last && last.afterRecords === recordCount && last.lines.length <= 4
    && last.lines[0].length <= 80 && !/[^.]{3}\.$/.test(last.lines[0]) && !/[<>]/.test(last.lines.join(''));
  if (!last || !looksSigned) return { block: null, name: null, title: null };
  return { block: last, name: plainText(last.lines[0]), title: plainText(last.lines.slice(1).join(', ')) || null };
}

const textOf = (f: Field | undefined): string | null => (f ? plainText(f.value).replace(/\s*\n\n\s*/g, '\n\n') || null : null);

function readProjectCode(fields: Fields): string {
  const f = fields.projectCode;
  if (!f || !f.value.trim()) throw fail('projectCode', f, 'The document has no Project Code (e.g. "Project Code<TAB>25-SN-03-GE-BCN-C").');
  const code = normalizeDashes(plainText(f.value)).replace(/\s+/g, '').toUpperCase();
  if (!PROJECT_CODE.test(code)) throw fail('projectCode', f, `"${f.value}" is not a project code like 25-SN-03-GE-BCN-C.`);
  return code;
}

function readTitle(fields: Fields): string {
  const title = textOf(fields.title);
  if (!title) throw fail('title', fields.title, 'The document has no Title.');
  if (title.length > 300) throw fail('title', fields.title, 'The Title is longer than 300 characters.');
  return title;
}

function readDate(fields: Fields, key: 'issueDate'): string | null {
  const f = fields[key];
  if (!f || !f.value.trim()) return null;
  const date = parseDate(plainText(f.value));
  if (!date) throw fail(key, f, `Could not read the date "${f.value}" (write e.g. 27 January 2025).`);
  return date;
}

function readTiming(fields: Fields): [string | null, string | null] {
  const f = fields.timing;
  if (!f || !f.value.trim()) return [null, null];
  const range = parseDateRange(plainText(f.value));
  if (!range) throw fail('timing', f, `Could not read the dates "${f.value}" (write e.g. 1 January 2025–31 December 2025).`);
  return range;
}

function readModality(fields: Fields): Modality | null {
  const f = fields.modality;
  if (!f || !f.value.trim()) return null;
  const m = modalityOf(f.value);
  if (!m) throw fail('modality', f, `Unknown modality "${f.value}" (Virtual, Face-to-face or Hybrid).`);
  return m;
}

function readPlace(fields: Fields, key: 'hosting' | 'participating', economies: EconomyName[]): Place {
  const f = fields[key];
  const place = placeOf(textOf(f) ?? '');
  const { codes, unknown } = economyCodes(place.names, economies);
  if (unknown.length) throw fail(key, f, `Not APO member economies: ${unknown.join(', ')}.`);
  return { ...place, codes };
}

function readLimits(fields: Fields, modality: Modality | null): ParticipantLimits {
  const f = fields.overseas;
  if (!f || !f.value.trim()) return {};
  const fallback = modality && modality !== Modality.HYBRID ? [modality] : Object.values(Modality);
  const limits = limitsOf(plainText(f.value), fallback);
  if (!limits) throw fail('overseas', f, `Could not read the participant limits in "${f.value}" (write e.g. Up to 10 for a virtual activity or four for a face-to-face activity).`);
  return limits;
}

function readLocal(fields: Fields): number | null {
  const f = fields.local;
  if (!f || !f.value.trim()) return null;
  const n = countOf(plainText(f.value));
  if (n === undefined) throw fail('local', f, `Could not read the number of local participants in "${f.value}".`);
  return n;
}

/** Closing days from the Closing Date line and from "… closing date …: <date>" in the Remarks. */
function readRounds(fields: Fields): string[] {
  const days = [...closingDaysIn(fields, 'closingDate', true), ...closingDaysIn(fields, 'remarks', false)];
  return [...new Set(days)].sort();
}

function closingDaysIn(fields: Fields, key: 'closingDate' | 'remarks', wholeValue: boolean): string[] {
  const f = fields[key];
  if (!f) return [];
  const text = normalizeDashes(plainText(f.value));
  const segments = wholeValue ? [text] : text.split(/\b(?:closing date|deadline)s?\b/i).slice(1);
  const days: string[] = [];
  for (const segment of segments) {
    const rest = segment.replace(/^\s*(?:for\s+(?:the\s+)?applications?|of\s+applications?)?\s*(?::|is|on|-)?\s*/i, '');
    if (!DATE_LIKE_START.test(rest)) continue; // prose such as "Please refer to the Remarks column"
    const found = findDates(rest.split(/\b(?:first|second|third|fourth|fifth|final|last)\b/i)[0]);
    if (found.length === 0) throw fail(key, f, `Could not read the closing date in "${rest.slice(0, 60)}".`);
    days.push(...found);
  }
  return days;
}
