// The one gate every operation passes before it runs, over HTTP (limits-plugin.ts) and graphql-ws
// (ws.ts `onSubscribe`) alike: parse with the token limit, validate with Armor's rules, then the
// checks that need a valid document — the transport, read-only tokens, the shapes Armor does not
// count, text inputs, the cost — and the charge to the caller's one budget. A refused operation
// runs no SQL, writes nothing and costs nothing.
import { getOperationAST, getVariableValues, GraphQLError, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { AppDeps } from '../context.js';
import { ErrorCode } from '../errors.js';
import { canWrite, type Viewer } from '../modules/auth/viewer.js';
import { CostBudget, type Charge } from './cost-budget.js';
import { operationCost } from './cost.js';
import { apiError, armorRules, limitError, limitsOf, parseDocument, shapeErrors, type ApiLimits } from './limits.js';
import { textInputError } from './text-input.js';

export type Transport = 'http' | 'ws';

/** Distinct subscription texts kept parsed, and the longest kept: a few MB at worst. */
const ADMITTED_DOCUMENTS = 200;
const ADMITTED_MAX_CHARS = 4_000;

export type GuardInput = {
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  viewer: Viewer | null;
  /** The client address (http/client-address.ts): anonymous callers are budgeted by it. */
  address: string;
  transport: Transport;
};

export type Verdict = {
  errors: GraphQLError[];
  cost: number;
  /** The budget after this operation (null when it was refused before the charge). */
  charge: Charge | null;
  /** The HTTP status of a refusal. */
  status?: number;
  retryAfterSeconds?: number;
};

export class OperationGuard {
  readonly limits: ApiLimits;
  readonly validationRules: ValidationRule[];
  private readonly budget: CostBudget;
  private readonly anonymousBudget: CostBudget;
  /**
   * Subscription documents that parsed and validated, by their text: a thousand sockets sending
   * the same subscription share one parsed document (memory per socket, and delivery.ts shares
   * each event's execution by document). Bounded; the oldest goes first.
   */
  private readonly admitted = new Map<string, DocumentNode>();

  constructor(private readonly deps: AppDeps) {
    this.limits = limitsOf(deps.config);
    this.validationRules = armorRules(this.limits);
    this.budget = new CostBudget(deps.clock, this.limits.budget, this.limits.budgetWindowMs);
    this.anonymousBudget = new CostBudget(deps.clock, this.limits.anonymousBudget, this.limits.budgetWindowMs);
  }

  parse(source: string): DocumentNode {
    return parseDocument(source, this.limits);
  }

  /** Standard and Armor validation; graphql's own errors get Apollo's code so both transports format alike. */
  validate(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
    return validate(schema, document, [...specifiedRules, ...this.validationRules]).map((e) =>
      e.extensions?.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
  }

  /**
   * graphql-ws `onSubscribe` (Apollo's pipeline does not run there): parse, validate, check and
   * charge, as HTTP does. Returns the document to run, or the errors that refuse it.
   */
  admit(schema: GraphQLSchema, source: string, input: Omit<GuardInput, 'document' | 'transport'>): { document: DocumentNode } | { errors: GraphQLError[] } {
    const parsed = this.parsedAndValid(schema, source);
    if ('errors' in parsed) return parsed;
    const { document } = parsed;
    // Variables of the wrong type are the client's input, as Apollo codes them over HTTP.
    const operation = getOperationAST(document, input.operationName ?? undefined);
    const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], input.variables ?? {}) : null;
    if (coerced?.errors) return { errors: coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } })) };
    const verdict = this.check(schema, { ...input, document, transport: 'ws' });
    return verdict.errors.length > 0 ? { errors: verdict.errors } : { document };
  }

  private parsedAndValid(schema: GraphQLSchema, source: string): { document: DocumentNode } | { errors: GraphQLError[] } {
    const known = this.admitted.get(source);
    if (known) return { document: known };
    let document: DocumentNode;
    try {
      document = this.parse(source);
    } catch (e) {
      const error = e instanceof GraphQLError ? e : new GraphQLError(String(e));
      return { errors: [error.extensions?.code ? error : new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
    }
    const invalid = this.validate(schema, document);
    if (invalid.length > 0) return { errors: invalid };
    if (source.length <= ADMITTED_MAX_CHARS) {
      if (this.admitted.size >= ADMITTED_DOCUMENTS) this.admitted.delete(this.admitted.keys().next().value!);
      this.admitted.set(source, document);
    }
    return { document };
  }

  check(schema: GraphQLSchema, input: GuardInput): Verdict {
    const refused = (error: GraphQLError, status = 400, cost = 0): Verdict => ({ errors: [error], cost, charge: null, status });
    const operation = getOperationAST(input.document, input.operationName ?? undefined);
    if (!operation) return refused(limitError('OPERATION_NOT_FOUND', 'Name the operation to run.'));
    if (operation.operation === 'subscription' && input.transport === 'http') {
      return refused(limitError('SUBSCRIPTION_OVER_HTTP', 'Subscriptions go over the WebSocket (graphql-ws) on /graphql; HTTP carries queries and mutations.'));
    }
    // Covers every mutation, also those without @Authorized such as login.
    if (operation.operation === 'mutation' && input.viewer?.kind === 'apiToken' && !canWrite(input.viewer)) {
      return refused(apiError(ErrorCode.FORBIDDEN, 'This API token is read-only: it cannot call mutations.'), 403);
    }
    const shape = shapeErrors(operation, input.document, this.limits);
    if (shape.length > 0) return { errors: shape, cost: 0, charge: null, status: 400 };
    const badText = textInputError(input.document, input.variables);
    if (badText) return refused(badText);
    const cost = operationCost(schema, input.document, input.variables ?? {}, input.operationName);
    if (cost > this.limits.maxCost) {
      return refused(limitError('MAX_COST', `The query costs ${cost} points, at most ${this.limits.maxCost} are allowed per request. Ask for fewer items (first) or fewer nested lists.`, { limit: this.limits.maxCost, cost }), 400, cost);
    }
    // Subscriptions are capped by number per socket, not by the budget.
    if (operation.operation === 'subscription') return { errors: [], cost, charge: null };
    return this.charge(input, cost);
  }

  /** The budget of this caller without charging (for responses of operations that never ran). */
  peek(viewer: Viewer | null, address: string): Charge {
    return this.budgetOf(viewer).peek(CostBudget.keyOf(viewer, address));
  }

  /** The size of this caller's budget: anonymous callers share a smaller one per address. */
  capacityOf(viewer: Viewer | null): number {
    return viewer ? this.limits.budget : this.limits.anonymousBudget;
  }

  private charge(input: GuardInput, cost: number): Verdict {
    const charge = this.budgetOf(input.viewer).charge(CostBudget.keyOf(input.viewer, input.address), Math.max(1, cost));
    if (charge.ok) return { errors: [], cost, charge };
    const retryAt = charge.retryAt!;
    const error = apiError(
      ErrorCode.RATE_LIMITED,
      `This query costs ${cost} points and ${charge.remaining} are left. The budget refills over time; retry after ${retryAt.toISOString()}.`,
      { cost, remaining: charge.remaining, resetAt: charge.resetAt.toISOString(), retryAt: retryAt.toISOString() },
    );
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - this.deps.clock.now().getTime()) / 1000));
    return { errors: [error], cost, charge: null, status: 429, retryAfterSeconds };
  }

  private budgetOf(viewer: Viewer | null): CostBudget {
    return viewer ? this.budget : this.anonymousBudget;
  }
}
