// The one place where any error becomes a client-facing error with a stable code. Nothing
// unknown leaks: no stack, SQL or internal names in production.
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

const KNOWN = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for requests that never ran; clients see BAD_USER_INPUT with this reason. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** The formatter of both transports; `countError` sees the code of every error a client is sent (metrics). */
export function makeFormatError(production: boolean, logger: Logger, countError?: (code: unknown) => void) {
  const format = formatterOf(production, logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    countError?.(out.extensions?.code);
    return out;
  };
}

function formatterOf(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;

    if (original instanceof ArgumentValidationError) {
      const fields = original.extensions.validationErrors as Array<{ property: string; constraints?: Record<string, string> }>;
      const first = fields[0];
      const message = first?.constraints ? Object.values(first.constraints)[0] : 'Invalid input.';
      return {
        message,
        path: formatted.path,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field: first?.property,
          fields: fields.map((f) => ({ field: f.property, messages: Object.values(f.constraints ?? {}) })),
        },
      };
    }
    if (original instanceof DomainError) {
      const mapped = { ...formatted, message: original.message, extensions: { ...formatted.extensions, ...original.details, code: original.code } };
      return production ? withoutDetails(mapped) : mapped;
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { message: 'This already exists.', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
    }
    // Apollo codes any error it does not know as INTERNAL_SERVER_ERROR: that one is never passed on
    // as it is (a failed raw statement, a TypeError), but gets a reference below.
    if (code && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR && !(original instanceof DriverException)) {
      return production ? withoutDetails(formatted) : formatted;
    }
    if (code && REQUEST_CODES.has(code)) {
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      // A limit refused during validation (limits.ts) keeps its own reason, limit and what was found.
      const { reason, limit, found } = formatted.extensions ?? {};
      const details = reason ? { reason, limit, found } : { reason: code };
      return { message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } };
    }
    // The reference ties what the client sees to the log line that has the stack.
    const reference = randomUUID();
    logger.error({ err: original, path: formatted.path, reference }, 'unexpected error');
    return {
      message: production ? `Internal error, reference ${reference}` : formatted.message,
      path: formatted.path,
      extensions: production ? { code: ErrorCode.INTERNAL_SERVER_ERROR, reference } : { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR, reference },
    };
  };
}

/** No stack, and no "Did you mean …?" (e.g. an enum value in variables is coerced at execution). */
function withoutDetails(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
}

/** graphql-js appends its suggestions as one last sentence; production answers without schema hints. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^]*$/, '');
}
