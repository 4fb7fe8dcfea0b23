// The cursor codec: a cursor is an event id, a decimal bigint, compared as a number.
import { badInput } from '../errors.js';

/** Anything but a decimal bigint is a client error on `field`. */
export function parseCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  if (!/^\d{1,19}$/.test(cursor)) throw badInput(field, `${field} is not an event cursor.`);
  return cursor;
}

export const compareIds = (a: string, b: string): number => {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
