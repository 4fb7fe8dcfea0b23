// GraphQL operations by root field (a schema name, so the label stays bounded), type and
// outcome, and every error a client is sent, by its stable code.
import { Counter, Histogram, type Registry } from 'prom-client';

const labelNames = ['operation', 'type', 'outcome'] as const;
export type OperationLabels = Record<(typeof labelNames)[number], string>;

/** The codes of errors.ts and graphql/errors.ts; anything else is counted as "other". */
const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

export function graphqlMetrics(registry: Registry) {
  const operations = new Counter({ name: 'bcn_graphql_operations_total', help: 'GraphQL operations over HTTP, by root field, type and outcome (ok | error).', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'bcn_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation over HTTP to sending its response.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({ name: 'bcn_errors_total', help: 'Errors sent to clients (HTTP and WebSocket), by extensions.code.', labelNames: ['code'], registers: [registry] });
  return {
    observeOperation(labels: OperationLabels, seconds: number): void {
      operations.inc(labels);
      duration.observe(labels, seconds);
    },
    countError(code: unknown): void {
      errors.inc({ code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'other' });
    },
  };
}
