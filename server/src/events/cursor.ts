// The cursor codec: a cursor is an event id, a decimal bigint, compared as a number.
import { badInput } from '../errors.js';

/** PostgreSQL's bigint bound, so that `9999999999999999999` is the client's mistake, not a database error. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** Anything but a decimal bigint within PostgreSQL's range is a client error on `field`. */
export function parseCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  if (!/^\d{1,19}$/.test(cursor) || BigInt(cursor) > MAX_BIGINT) throw badInput(field, `${field} is not an event cursor.`);
  return BigInt(cursor).toString();
}

export const compareIds = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
