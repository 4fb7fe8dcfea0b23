// How a client orders and narrows a list: one `ListOrder` input (field + direction) and one text
// filter rule, shared by every list that offers them (proposals, pairings, inbox, calls). Each
// list says which fields it can sort by (`sortKeys`); a field it cannot is BAD_USER_INPUT, not a
// silent default. The default order of each list stays what it was when `orderBy` is omitted.
import { Field, InputType } from 'type-graphql';
import { badInput } from '../errors.js';
import { defineEnum, type EnumValue } from './enum.js';
import type { SortKey } from './pagination.js';

export const ListOrderField = defineEnum('ListOrderField', ['CREATED_AT', 'UPDATED_AT', 'STATUS', 'TITLE'], 'What a list is sorted by; each list says which it offers.');
export type ListOrderField = EnumValue<typeof ListOrderField>;

export const OrderDirection = defineEnum('OrderDirection', ['ASC', 'DESC']);
export type OrderDirection = EnumValue<typeof OrderDirection>;

@InputType({ description: 'A sort order; ties are broken by id, so pages never repeat or skip a row.' })
export class ListOrder {
  @Field(() => ListOrderField)
  field!: ListOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  direction!: OrderDirection;
}

/** The longest text filter: longer is BAD_USER_INPUT (a filter is a few words, not a document). */
export const MAX_FILTER_TEXT = 200;

/** The sort columns of one list, by the field a client names (entity paths, e.g. `proposal.topic`). */
export type SortableFields<T> = Partial<Record<ListOrderField, SortKey<T>[0]>>;

/** Sort keys and a cursor tag for `orderBy`, or the list's default (untagged: old cursors keep working). */
export function sortKeys<T>(
  orderBy: ListOrder | null | undefined,
  fields: SortableFields<T>,
  fallback: Array<SortKey<T>>,
): { order: Array<SortKey<T>>; tag?: string } {
  if (!orderBy) return { order: fallback };
  const column = fields[orderBy.field];
  if (!column) {
    const offered = Object.keys(fields).join(', ');
    throw badInput('orderBy', `This list cannot be sorted by ${orderBy.field}; it offers ${offered}.`);
  }
  const direction = orderBy.direction === OrderDirection.ASC ? 'asc' : 'desc';
  return { order: [[column, direction]], tag: `${orderBy.field}:${orderBy.direction}` };
}

/**
 * An ILIKE pattern matching `text` anywhere, its own `%`, `_` and `\` taken literally; null when
 * the text is blank. Too long is BAD_USER_INPUT on `field`.
 */
export function containsPattern(text: string | null | undefined, field = 'filter.text'): string | null {
  if (text === null || text === undefined) return null;
  if (text.length > MAX_FILTER_TEXT) throw badInput(field, `${field} must be at most ${MAX_FILTER_TEXT} characters.`);
  const trimmed = text.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, '\\$&')}%` : null;
}
