// Hostile operations for every root field of a schema read by introspection: arguments of the
// wrong type, out of range, oversized, with NUL and odd Unicode, tampered cursors and unknown
// ids, each sent as a variable of the argument's declared type (so coercion is exercised too).
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export type RootField = { operation: 'query' | 'mutation' | 'subscription'; field: GraphQLField<unknown, unknown> };
export type FuzzOperation = { operation: RootField['operation']; name: string; query: string; variables: Record<string, unknown> };

export function rootFields(schema: GraphQLSchema): RootField[] {
  const roots: Array<[RootField['operation'], ReturnType<GraphQLSchema['getQueryType']>]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([operation, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field })));
}

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const UUID = '00000000-0000-4000-8000-000000000000';

/** Text a person would not type: NUL, lone surrogates, bidi overrides, injections, very long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '😀', '\u202Eevil', 'Ω≈ç√', "' or 1=1 --", '{"$ne":null}', '$gt', '../../etc/passwd', '<script>alert(1)</script>'),
  fc.string({ maxLength: 5 }).map((s) => `${s}\u0000`),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `a${String.fromCharCode(c)}`),
  fc.integer({ min: 300, max: 40_000 }).map((n) => 'x'.repeat(n)),
);

/** Cursors a client could forge: foreign formats, operators, numbers beyond every range. */
export const tamperedCursor: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('9999999999999999999', '-1', '0', '1e308', 'NaN', b64([{ $fake: 1 }, 'x']), b64([1e308, 5]), b64([{ a: 1 }, 'x']), b64([1, { $gt: '' }, UUID]), b64('null'), b64([2, 'x', UUID])),
  fc.jsonValue({ maxDepth: 2 }).map(b64),
  fc.tuple(fc.constant(1), fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 })).map(b64),
  hostileString,
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.constant({ a: 1 }), fc.constant([1, 2]), hostileString);

function scalarArb(name: string, argName: string): fc.Arbitrary<unknown> {
  if (argName === 'after') return tamperedCursor;
  switch (name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e308, -0), fc.double(), fc.string({ maxLength: 3 }));
    case 'Float':
      return fc.oneof(fc.double(), fc.constantFrom(1e308, -1e308), fc.string({ maxLength: 3 }));
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 1, null));
    case 'ID':
      return fc.oneof(fc.constant(UUID), fc.uuid(), hostileString, fc.integer());
    case 'DateTime':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('not a date', '+275760-09-13T00:00:00.000Z', '0000-00-00T00:00:00Z', 1e20));
    case 'JSON':
    case 'JSONObject':
      return fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(hostileString, hostileString, { maxKeys: 3 }));
    default:
      return hostileString;
  }
}

export function valueArb(type: GraphQLInputType, argName: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ arbitrary: valueArb(type.ofType, argName, depth), weight: 9 }, { arbitrary: wrongType, weight: 1 });
  const well = wellTyped(type, argName, depth);
  return fc.oneof({ arbitrary: well, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: wrongType, weight: 1 });
}

function wellTyped(type: GraphQLInputType, argName: string, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueArb(type.ofType, argName, depth + 1), { maxLength: 3 });
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof(fc.constantFrom(...values), fc.constantFrom(...values).map((v) => `${v}X`), fc.constantFrom(...values).map((v) => v.toLowerCase()));
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueArb(f.type, f.name, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.oneof(fc.record(record, { requiredKeys: required }), fc.record({ ...record, unknownField: hostileString }));
  }
  return scalarArb(getNamedType(type).name, argName);
}

/** A few leaf fields of the returned type (connections: totalCount and each edge's cursor). */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const fields = named.getFields();
  const leaves = Object.values(fields)
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .slice(0, 4)
    .map((f) => f.name);
  const nested = depth < 1 && fields.edges ? ['edges { cursor node { __typename } }'] : [];
  return `{ __typename ${[...leaves, ...nested].join(' ')} }`;
}

/** One operation on this root field, its arguments passed as variables of their declared types. */
export function operationArb({ operation, field }: RootField): fc.Arbitrary<FuzzOperation> {
  const args = field.args as readonly GraphQLArgument[];
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) record[a.name] = valueArb(a.type, a.name);
  const required = args.filter((a) => isNonNullType(a.type)).map((a) => a.name);
  return fc.record(record, { requiredKeys: required }).map((values) => {
    const used = args.filter((a) => a.name in values);
    const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `${operation} Fuzz${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type)} }`;
    return { operation, name: field.name, query, variables: values as Record<string, unknown> };
  });
}
