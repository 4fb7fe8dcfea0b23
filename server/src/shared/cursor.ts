// The cursor codec of every Relay connection. A cursor is opaque to clients: base64url of a JSON
// array whose first element is the format version, then the sort values of the last row. On the
// way back each value is decoded into its declared type (a date, a UUID, a bounded text, a safe
// integer) and checked against bounds, so no client-supplied object, operator or out-of-range
// number ever reaches a query. Anything else is BAD_USER_INPUT naming `after`.
import { badInput } from '../errors.js';

export const CURSOR_VERSION = 1;

/** What a sort key holds, as the entity declares it. */
export type CursorKind = 'date' | 'uuid' | 'text' | 'int';

const MAX_TEXT = 1_000;
/**
 * Longer cursors are not ours. The longest sort value is a bounded text (a title, when a list is
 * sorted by it): up to 6 bytes of JSON per character (an escape; 3 for most CJK characters),
 * plus the other values, in base64 (4 characters per 3 bytes).
 */
const MAX_CURSOR_LENGTH = Math.ceil((MAX_TEXT * 6 + 512) / 3) * 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
/** Dates PostgreSQL `timestamptz` holds and JavaScript formats in the ISO form above. */
const MIN_TIME = Date.UTC(1900, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59);

export type CursorValue = Date | string | number;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, ...values.map(toJsonValue)])).toString('base64url');
}

/** Decodes a cursor of this list into typed values, or throws BAD_USER_INPUT on `field`. */
export function decodeCursor(cursor: string, kinds: CursorKind[], field = 'after'): CursorValue[] {
  const refuse = () => badInput(field, `${field} is not a cursor returned by this list.`);
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed[0] !== CURSOR_VERSION || parsed.length !== kinds.length + 1) throw refuse();
  const values = kinds.map((kind, i) => decodeValue(kind, parsed[i + 1]));
  if (values.some((v) => v === null)) throw refuse();
  return values as CursorValue[];
}

function decodeValue(kind: CursorKind, value: unknown): CursorValue | null {
  switch (kind) {
    case 'date': {
      if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
      const time = Date.parse(value);
      return Number.isFinite(time) && time >= MIN_TIME && time <= MAX_TIME ? new Date(time) : null;
    }
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? value : null;
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT && !value.includes('\u0000') ? value : null;
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
  }
}

function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}
