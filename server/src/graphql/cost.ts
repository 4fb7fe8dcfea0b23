// The calculated cost of an operation, as GitHub and Shopify count it: an object field costs 1
// plus its selections; scalars, enums and `__typename` cost 0; a list field with `first`
// costs 1 + first × (cost of one item), `first` defaulting to the page size (20). Introspection
// is charged by what it returns: `__schema` is the whole schema (INTROSPECTION_COST), `__type`
// one type (a tenth of it), so aliased copies of it are no longer free.
// (graphql-query-complexity could do this too; this walk is small, memoizes fragments and
// counts exactly the way docs/API.md explains.)
import {
  Kind,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../shared/pagination.js';

/** About the size of the full introspection answer measured in page items (≈ 100 KB). */
export const INTROSPECTION_COST = 100;
const TYPE_INTROSPECTION_COST = INTROSPECTION_COST / 10;

type Walk = {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  memo: Map<string, number>;
};

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return selectionCost(operation.selectionSet, root, { schema, variables, fragments, memo: new Map() });
}

function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType, walk: Walk): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) total += fieldCost(sel, parent, walk);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? walk.schema.getType(sel.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += selectionCost(sel.selectionSet, type, walk);
    } else total += fragmentCost(sel.name.value, walk);
  }
  return total;
}

function fragmentCost(name: string, walk: Walk): number {
  const known = walk.memo.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
  walk.memo.set(name, 0); // a cycle counts as nothing; validation refuses it anyway
  const cost = fragment && type && isCompositeType(type) ? selectionCost(fragment.selectionSet, type, walk) : 0;
  walk.memo.set(name, cost);
  return cost;
}

function fieldCost(node: FieldNode, parent: GraphQLCompositeType, walk: Walk): number {
  if (node.name.value === '__schema') return INTROSPECTION_COST;
  if (node.name.value === '__type') return TYPE_INTROSPECTION_COST;
  if (node.name.value.startsWith('__')) return 0;
  const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!def) return 0;
  const type = getNamedType(def.type);
  const child = node.selectionSet && isCompositeType(type) ? selectionCost(node.selectionSet, type, walk) : 0;
  const firstArg = def.args.find((a) => a.name === 'first');
  if (firstArg) return 1 + firstOf(node, def, walk.variables) * child;
  return isLeafType(type) ? 0 : 1 + child;
}

/** The `first` a field will be asked for: literal, variable, the argument's default, or 20. */
function firstOf(node: FieldNode, def: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  let value: unknown = def.args.find((a) => a.name === 'first')?.defaultValue;
  if (arg?.value.kind === Kind.INT) value = Number(arg.value.value);
  else if (arg?.value.kind === Kind.VARIABLE) value = variables[arg.value.name.value];
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : DEFAULT_PAGE_SIZE;
}
