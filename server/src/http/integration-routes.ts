// The plain-HTTP reads for external tools (issue 16): CSV exports and calendars. They take the
// GraphQL endpoint's credential (graphql-context.ts: bearer session or API token, or the
// same-origin session cookie; a bad bearer token is 401), need a person or a token with READ,
// and answer refusals as JSON in the GraphQL error shape with the same codes, through the same
// formatter (graphql/errors.ts), with the matching HTTP status.
import { Router, type ErrorRequestHandler } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { AppDeps } from '../context.js';
import { ErrorCode, forbidden, unauthenticated } from '../errors.js';
import { makeFormatError } from '../graphql/errors.js';
import { canRead } from '../modules/auth/viewer.js';
import { calendarRoutes } from '../modules/calendar/calendar.routes.js';
import { exportRoutes } from '../modules/export/export.routes.js';
import { programReportRoutes } from '../modules/program-report/program-report.routes.js';
import type { ReaderOf } from '../modules/export/export.types.js';
import { httpContext } from './graphql-context.js';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

export function readerOf(deps: AppDeps): ReaderOf {
  return async (req, res) => {
    const ctx = await httpContext(deps, req, res);
    if (!ctx.viewer) throw unauthenticated('Sign in, or send Authorization: Bearer <session or API token>.');
    if (!canRead(ctx.viewer)) throw forbidden('This API token has no READ scope.');
    return { ...ctx, viewer: ctx.viewer };
  };
}

export function restErrorHandler(deps: AppDeps): ErrorRequestHandler {
  const format = makeFormatError(deps.config.nodeEnv === 'production', deps.logger, deps.metrics?.graphql.countError);
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    // The transport's hint (status, headers) is for Apollo; here the status comes from the code.
    const { http: _http, ...extensions } = err instanceof GraphQLError ? err.extensions : {};
    const formatted = format({ message: err instanceof Error ? err.message : 'Error', extensions }, err);
    const status = STATUS[String(formatted.extensions?.code)] ?? 500;
    if (status === 401) res.set('WWW-Authenticate', 'Bearer');
    res.status(status).json({ errors: [formatted] });
  };
}

export function integrationRoutes(deps: AppDeps): Router {
  const reader = readerOf(deps);
  const router = Router();
  router.use(exportRoutes(reader, deps.logger));
  router.use(programReportRoutes(reader));
  router.use(calendarRoutes(reader, { em: () => deps.orm.em.fork() as EntityManager, clock: deps.clock }));
  router.use(restErrorHandler(deps));
  return router;
}
