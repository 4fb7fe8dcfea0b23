// The Context of an HTTP GraphQL request: the credential (bearer header, or the session cookie of
// a same-origin request), the client address, and the browser session a resolver may set or end.
// A bad bearer token is the client's mistake: 401 with UNAUTHENTICATED, never a 500. A stale
// cookie is simply dropped: the browser goes on as anonymous and can sign in again.
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { buildContext, type AppDeps, type Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { credentialOf, httpSession } from './session-cookie.js';

export async function httpContext(deps: AppDeps, req: Request, res: Response): Promise<Context> {
  const credential = credentialOf(req, req.headers.authorization);
  const session = httpSession(req, res);
  const ip = req.ip;
  try {
    const ctx = await buildContext(deps, { authorization: credential.token, ip });
    return { ...ctx, http: session };
  } catch (e) {
    const unauthenticated = e instanceof GraphQLError && e.extensions?.code === ErrorCode.UNAUTHENTICATED;
    if (!unauthenticated) throw e;
    if (credential.fromCookie) {
      session.clearSession();
      return { ...(await buildContext(deps, { authorization: null, ip })), http: session };
    }
    throw new GraphQLError(e.message, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } },
    });
  }
}
