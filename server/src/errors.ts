// Stable error codes (DESIGN.md "Errors carry extensions.code"). Modules refuse with a
// DomainError (a small enum of codes; not a GraphQL error, so services, seeds and the CLI do not
// speak the transport); the GraphQL edge (graphql/errors.ts) maps it to extensions.code, and
// anything unknown to INTERNAL_SERVER_ERROR, in one place. AppError is the transport's own
// (credentials, rate limits), raised by the HTTP and WebSocket layers.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** What a module may refuse with; each maps to the GraphQL code of the same name. */
export enum DomainErrorCode {
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** What the client needs to act: the field, the current version, a limit … */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A refusal the client is meant to see (a domain or transport error), as opposed to a fault. */
export const isRefusal = (e: unknown): boolean => e instanceof AppError || e instanceof DomainError;

export const unauthenticated = (message = 'Sign in to do this.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You are not allowed to do this.') => new DomainError(DomainErrorCode.FORBIDDEN, message);

/** Also used for objects the viewer may not see, so that their existence does not leak. */
export const notFound = (what: string) => new DomainError(DomainErrorCode.NOT_FOUND, `${what} not found.`);

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(DomainErrorCode.BAD_USER_INPUT, message, { field, ...extra });

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(DomainErrorCode.CONFLICT, message, extra);

/** Checks the version a client read against the current one; a stale write is a CONFLICT. */
export function assertVersion(what: string, current: number, given: number): void {
  if (current !== given) {
    throw conflict(`${what} was changed by someone else (you edited version ${given}, it is now ${current}). Reload and apply your change again.`, {
      currentVersion: current,
    });
  }
}
