// The static limits of a GraphQL operation (depth, aliases, root fields, directives, field count,
// calculated cost), checked before anything executes. HTTP applies them in limits-plugin.ts,
// graphql-ws in `onSubscribe` through validateOperation(); both give the same errors.
import {
  GraphQLError,
  Kind,
  getOperationAST,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApiLimits, Config } from '../config.js';
import { ErrorCode } from '../errors.js';
import { canWrite, type Viewer } from '../modules/auth/viewer.js';
import { operationCost } from './cost.js';

export { operationCost };

export type { ApiLimits };

export const DEFAULT_LIMITS: ApiLimits = {
  maxDepth: 15,
  maxAliases: 20,
  maxRootFields: 10,
  maxDirectives: 20,
  maxFields: 1_000,
  maxCost: 2_000,
  maxTokens: 5_000,
  maxBatch: 5,
  budget: 20_000,
  budgetWindowMs: 60_000,
};

export function limitsOf(config: Pick<Config, 'apiLimits'>): ApiLimits {
  return { ...DEFAULT_LIMITS, ...config.apiLimits };
}

/** An error with a stable code, for the limits on HTTP and on graphql-ws alike. */
export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A refused operation: BAD_USER_INPUT with a machine-readable reason and the limit. */
export function limitError(reason: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return apiError(ErrorCode.BAD_USER_INPUT, message, { reason, ...extra });
}

type Shape = { depth: number; aliases: number; directives: number; fields: number };

/**
 * Depth, aliases, directives and field count of a selection, fragments expanded. Each fragment
 * is measured once (memo), so nested spreads cannot make this walk exponential, and a fragment
 * that spreads itself counts as empty (validation reports the cycle).
 */
function measure(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, Shape>): Shape {
  const shape: Shape = { depth: 0, aliases: 0, directives: 0, fields: 0 };
  for (const sel of set.selections) {
    shape.directives += sel.directives?.length ?? 0;
    let inner: Shape;
    if (sel.kind === Kind.FIELD) {
      const child = sel.selectionSet ? measure(sel.selectionSet, fragments, memo) : { depth: 0, aliases: 0, directives: 0, fields: 0 };
      const counts = !sel.name.value.startsWith('__') || !!sel.selectionSet; // __typename is free
      inner = { ...child, depth: child.depth + (counts ? 1 : 0), aliases: child.aliases + (sel.alias ? 1 : 0), fields: child.fields + 1 };
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(sel.selectionSet, fragments, memo);
    } else {
      inner = measureFragment(sel.name.value, fragments, memo);
    }
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.aliases += inner.aliases;
    shape.directives += inner.directives;
    shape.fields += inner.fields;
  }
  return shape;
}

function measureFragment(name: string, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, Shape>): Shape {
  const known = memo.get(name);
  if (known) return known;
  const empty = { depth: 0, aliases: 0, directives: 0, fields: 0 };
  const fragment = fragments.get(name);
  if (!fragment) return empty;
  memo.set(name, empty); // a cycle back to this fragment sees it as empty
  const shape = measure(fragment.selectionSet, fragments, memo);
  memo.set(name, shape);
  return shape;
}

function checkShape(operation: OperationDefinitionNode, document: DocumentNode, limits: ApiLimits): GraphQLError[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const shape = measure(operation.selectionSet, fragments, new Map());
  const roots = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && !s.name.value.startsWith('__')).length;
  const checks: Array<[boolean, string, string, number, number]> = [
    [shape.depth > limits.maxDepth, 'MAX_DEPTH', 'The query is nested too deeply', limits.maxDepth, shape.depth],
    [shape.aliases > limits.maxAliases, 'MAX_ALIASES', 'The query uses too many aliases', limits.maxAliases, shape.aliases],
    [roots > limits.maxRootFields, 'MAX_ROOT_FIELDS', 'The operation asks for too many root fields', limits.maxRootFields, roots],
    [shape.directives > limits.maxDirectives, 'MAX_DIRECTIVES', 'The query uses too many directives', limits.maxDirectives, shape.directives],
    [shape.fields > limits.maxFields, 'MAX_FIELDS', 'The query selects too many fields (fragments expanded)', limits.maxFields, shape.fields],
  ];
  return checks
    .filter(([over]) => over)
    .map(([, reason, text, limit, found]) => limitError(reason, `${text}: ${found}, at most ${limit} allowed.`, { limit, found }));
}

export type OperationCheck = {
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  viewer?: Viewer | null;
  limits?: ApiLimits;
};

/**
 * The checks that need a valid document: read-only tokens and mutations, shape, then cost.
 * Returns the errors (empty when the operation may run) and the cost when it was calculated.
 */
export function checkOperation(schema: GraphQLSchema, document: DocumentNode, opts: OperationCheck = {}): { errors: GraphQLError[]; cost: number | null } {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const operation = getOperationAST(document, opts.operationName ?? undefined);
  if (!operation) return { errors: [limitError('OPERATION_NOT_FOUND', 'Name the operation to run.')], cost: null };
  // Covers every mutation, also those without @Authorized such as login.
  if (operation.operation === 'mutation' && opts.viewer?.kind === 'apiToken' && !canWrite(opts.viewer)) {
    return { errors: [apiError(ErrorCode.FORBIDDEN, 'This API token is read-only: it cannot call mutations.')], cost: null };
  }
  const shapeErrors = checkShape(operation, document, limits);
  if (shapeErrors.length > 0) return { errors: shapeErrors, cost: null };
  const cost = operationCost(schema, document, opts.variables ?? {}, opts.operationName);
  if (cost > limits.maxCost) {
    return { errors: [limitError('MAX_COST', `The query costs ${cost} points, at most ${limits.maxCost} are allowed per request. Ask for fewer items (first) or fewer nested lists.`, { limit: limits.maxCost, cost })], cost };
  }
  return { errors: [], cost };
}

/**
 * For graphql-ws `onSubscribe` (Apollo's validation does not run there): standard validation,
 * then the same limits as HTTP. An empty array means the operation may run.
 */
export function validateOperation(schema: GraphQLSchema, document: DocumentNode, opts: OperationCheck = {}): readonly GraphQLError[] {
  const errors = validate(schema, document, specifiedRules);
  // Coded as Apollo codes them over HTTP, so both transports format them alike.
  if (errors.length > 0) return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  return checkOperation(schema, document, opts).errors;
}
