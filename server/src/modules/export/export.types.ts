// What the HTTP layer hands to the export and calendar routes: the request's reader.
import type { Request, Response } from 'express';
import type { Context } from '../../context.js';

/** The request's Context with a viewer that may read (the GraphQL endpoint's credential resolution); throws UNAUTHENTICATED or FORBIDDEN otherwise. */
export type ReaderOf = (req: Request, res: Response) => Promise<Context & { viewer: NonNullable<Context['viewer']> }>;
