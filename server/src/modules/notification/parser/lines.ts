// First pass over an APO notification: splits the text into labelled records (a label, then a
// tab or a run of 2+ spaces or a colon, then the value, wrapped onto following lines) and blocks
// of free text (notes, the signature). Knows nothing about what the values mean.
import { fieldOf, isHeading, type FieldKey } from './labels.js';

export type LabelledRecord = { label: string; key: FieldKey | null; line: number; parts: string[] };
export type FreeBlock = { line: number; lines: string[]; afterRecords: number };
export type Tokens = { records: LabelledRecord[]; blocks: FreeBlock[] };

/** Whitespace and invisible characters that documents pasted from Word or the web carry. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/\f/g, '\n');
}

type LabelSplit = { label: string; value: string; key: FieldKey | null };

/** A label and its value, when this line starts a record; null for a text line. */
export function splitLabelLine(raw: string): LabelSplit | null {
  const indented = /^\s/.test(raw);
  const line = raw.trim();
  const sep = /^(\S.*?)(?:\t+|\s*\t\s*| {2,})(.*)$/.exec(line);
  if (sep) {
    const label = sep[1].trim();
    const key = fieldOf(label);
    if (key) return { label, value: sep[2].trim(), key };
    if (!indented && looksLikeLabel(label)) return { label: label.replace(/\s*:$/, ''), value: sep[2].trim(), key: null };
  }
  const colon = /^([^:]{1,60}?)\s*:\s*(.*)$/.exec(line);
  if (colon) {
    const key = fieldOf(colon[1]);
    if (key) return { label: colon[1].trim(), value: colon[2].trim(), key };
  }
  const key = fieldOf(line);
  // A known label alone on its line, its value on the lines below.
  if (key && line.length <= 60) return { label: line.replace(/\s*:$/, ''), value: '', key };
  return null;
}

/** Short, capitalised, not a sentence: "Budget", "Contact Person", "Language:". */
function looksLikeLabel(label: string): boolean {
  const words = label.split(/\s+/);
  return label.length <= 40 && words.length <= 5 && /^[A-Z]/.test(label) && !/[,;!?]|[^.:]\.$/.test(label) && /[a-z]/i.test(label);
}

export function tokenize(text: string): Tokens {
  const records: LabelledRecord[] = [];
  const blocks: FreeBlock[] = [];
  let current: LabelledRecord | null = null;
  let block: FreeBlock | null = null;
  let blankSinceRecord = false;
  normalizeText(text)
    .split('\n')
    .forEach((raw, i) => {
      const lineNo = i + 1;
      if (raw.trim() === '') {
        blankSinceRecord = true;
        block = null;
        return;
      }
      if (isHeading(raw)) return;
      const split = splitLabelLine(raw);
      if (split) {
        current = { label: split.label, key: split.key, line: lineNo, parts: split.value ? [split.value] : [] };
        records.push(current);
        blankSinceRecord = false;
        block = null;
        return;
      }
      const text = raw.trim();
      if (current && !blankSinceRecord) {
        current.parts.push(text);
      } else if (current && /^\s/.test(raw)) {
        // An indented line after a blank line: a new paragraph of the same value.
        current.parts.push('', text);
        blankSinceRecord = false;
      } else {
        current = null;
        if (!block) blocks.push((block = { line: lineNo, lines: [], afterRecords: records.length }));
        block.lines.push(text);
      }
    });
  return { records, blocks };
}

/** The value of a record: wrapped lines joined by a space, blank-line breaks kept as "\n\n". */
export function valueOf(record: LabelledRecord): string {
  const paragraphs: string[][] = [[]];
  for (const p of record.parts) {
    if (p === '') paragraphs.push([]);
    else paragraphs[paragraphs.length - 1].push(p);
  }
  return paragraphs
    .map((ps) => ps.join(' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
