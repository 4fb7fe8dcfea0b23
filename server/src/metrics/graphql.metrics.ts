// GraphQL operations by root field (a schema name, so the label stays bounded), type and
// outcome, and every error a client is sent, by its stable code.
import { Counter, type Registry } from 'prom-client';
import { timedCounter } from './timed.js';

const labelNames = ['operation', 'type', 'outcome'] as const;

/** The codes of errors.ts and graphql/errors.ts; anything else is counted as "other". */
const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR']);

export function graphqlMetrics(registry: Registry) {
  const observeOperation = timedCounter(
    registry,
    labelNames,
    { name: 'bcn_graphql_operations_total', help: 'GraphQL operations over HTTP, by root field, type and outcome (ok | error).' },
    { name: 'bcn_graphql_operation_duration_seconds', help: 'Time from receiving a GraphQL operation over HTTP to sending its response.' },
  );
  const errors = new Counter({ name: 'bcn_errors_total', help: 'Errors sent to clients (HTTP and WebSocket), by extensions.code.', labelNames: ['code'], registers: [registry] });
  return {
    observeOperation,
    countError(code: unknown): void {
      errors.inc({ code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'other' });
    },
  };
}
