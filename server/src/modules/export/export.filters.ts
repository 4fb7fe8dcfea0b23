// The query parameters of each CSV export: the filters of the GraphQL list it mirrors, checked
// before anything is read. An unknown or repeated parameter, an id that is not a UUID or a value
// outside its enum is BAD_USER_INPUT naming the parameter (HTTP 400), never a silent "no rows".
// An id filter may also be spelled with an `Id` suffix (`notification` or `notificationId`).
import { badInput } from '../../errors.js';
import { isUuid } from '../organization/organization.service.js';

export type ParamRule = { kind: 'id' } | { kind: 'enum'; values: readonly string[] } | { kind: 'pattern'; pattern: RegExp; what: string };

export type FilterSpec = Record<string, ParamRule>;

export const idParam: ParamRule = { kind: 'id' };
export const enumParam = (e: Record<string, string>): ParamRule => ({ kind: 'enum', values: Object.values(e) });

export function parseFilter(spec: FilterSpec, query: Record<string, unknown>): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const [param, raw] of Object.entries(query)) {
    const name = nameOf(spec, param);
    if (typeof raw !== 'string') throw badInput(param, `Give ${param} once, as a single value.`);
    if (raw === '') continue;
    if (filter[name] !== undefined && filter[name] !== raw) throw badInput(param, `${name} is given twice with different values.`);
    filter[name] = checked(param, spec[name], raw);
  }
  return filter;
}

function nameOf(spec: FilterSpec, param: string): string {
  if (spec[param]) return param;
  const base = param.endsWith('Id') ? param.slice(0, -2) : null;
  if (base && spec[base]?.kind === 'id') return base;
  throw badInput(param, `Unknown filter ${param}. This export takes: ${Object.keys(spec).join(', ')}.`);
}

function checked(param: string, rule: ParamRule, value: string): string {
  if (rule.kind === 'id' && !isUuid(value)) throw badInput(param, `${param} must be an id (a UUID).`);
  if (rule.kind === 'enum' && !rule.values.includes(value)) throw badInput(param, `${param} must be one of ${rule.values.join(', ')}.`);
  if (rule.kind === 'pattern' && !rule.pattern.test(value)) throw badInput(param, `${param} must be ${rule.what}.`);
  return value;
}
