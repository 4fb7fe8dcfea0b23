// The static limits of a GraphQL operation. Tokens, depth, aliases and directives are
// GraphQL Armor's (@escape.tech/graphql-armor-*); root fields and fields-after-fragments are the
// two shapes Armor has no rule for; the cost is BCN Hub's own (cost.ts). HTTP and graphql-ws
// parse and validate through these same functions (operation-guard.ts), so both give the same
// errors: BAD_USER_INPUT with a `reason`, the `limit` and what was `found`.
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { ApiLimits, Config } from '../config.js';
import { ErrorCode } from '../errors.js';

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
  anonymousBudget: 5_000,
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

/** Parses with Armor's token-counting parser; over the limit is a GRAPHQL_PARSE_FAILED refusal. */
export function parseDocument(source: string, limits: ApiLimits): DocumentNode {
  const parser = new MaxTokensParserWLexer(source, { n: limits.maxTokens, exposeLimits: true } as never);
  try {
    return parser.parseDocument();
  } catch (e) {
    const message = e instanceof GraphQLError ? e.message : String(e);
    throw new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
}

/**
 * Armor's depth, alias and directive rules, reporting our coded errors instead of throwing.
 * `__schema` is exempt from depth (the standard introspection query nests 21 deep; graphql's own
 * MaxIntrospectionDepthRule and the introspection cost bound it), `__type` is not.
 */
export function armorRules(limits: ApiLimits): ValidationRule[] {
  const report = (reason: string, text: string, limit: number) => (context: ValidationContext | null, err: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(err.message)?.[1] ?? NaN);
    context?.reportError(limitError(reason, `${text}: ${found}, at most ${limit} allowed.`, { limit, found }));
  };
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    // Fragments add no depth of their own: a spread counts as the fields it holds.
    maxDepthRule({ ...common, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, onReject: [report('MAX_DEPTH', 'The query is nested too deeply', limits.maxDepth)] }),
    // Aliases of __typename count too (Armor exempts them by default): each is still a field to answer.
    maxAliasesRule({ ...common, n: limits.maxAliases, allowList: [], onReject: [report('MAX_ALIASES', 'The query uses too many aliases', limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [report('MAX_DIRECTIVES', 'The query uses too many directives', limits.maxDirectives)] }),
  ];
}

/** Root fields and field selections with fragments expanded: the shapes Armor does not count. */
export function shapeErrors(operation: OperationDefinitionNode, document: DocumentNode, limits: ApiLimits): GraphQLError[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const fields = countFields(operation.selectionSet, fragments, new Map());
  const roots = operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && !s.name.value.startsWith('__')).length;
  const errors: GraphQLError[] = [];
  if (roots > limits.maxRootFields) {
    errors.push(limitError('MAX_ROOT_FIELDS', `The operation asks for too many root fields: ${roots}, at most ${limits.maxRootFields} allowed.`, { limit: limits.maxRootFields, found: roots }));
  }
  if (fields > limits.maxFields) {
    errors.push(limitError('MAX_FIELDS', `The query selects too many fields (fragments expanded): ${fields}, at most ${limits.maxFields} allowed.`, { limit: limits.maxFields, found: fields }));
  }
  return errors;
}

/** Each fragment is counted once (memo), so nested spreads cannot make this walk exponential. */
function countFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, number>): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) total += 1 + (sel.selectionSet ? countFields(sel.selectionSet, fragments, memo) : 0);
    else if (sel.kind === Kind.INLINE_FRAGMENT) total += countFields(sel.selectionSet, fragments, memo);
    else {
      const name = sel.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // a cycle counts as empty; validation reports it
        const fragment = fragments.get(name);
        memo.set(name, fragment ? countFields(fragment.selectionSet, fragments, memo) : 0);
      }
      total += memo.get(name)!;
    }
  }
  return total;
}
