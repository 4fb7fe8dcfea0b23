// Limits checked on the raw HTTP request before Apollo sees it, so a flood costs one cheap
// refusal: the operations of one batched request (a JSON array body), and the lexical tokens of
// each document (Armor's token-counting parser, the same one graphql-ws uses in onSubscribe).
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { OperationGuard } from '../graphql/operation-guard.js';

export function requestLimits(guard: OperationGuard): RequestHandler {
  const maxBatch = guard.limits.maxBatch;
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.method === 'GET' ? req.query : req.body];
    const size = operations.length;
    if (size < 1 || size > maxBatch) {
      const message =
        size === 0
          ? 'The batch is empty: send at least one operation.'
          : `A batch may hold at most ${maxBatch} operations; this one has ${size}.`;
      return refuse(res, message, { reason: 'MAX_BATCH', limit: maxBatch, found: size });
    }
    for (const op of operations) {
      const query = op && typeof op === 'object' ? (op as { query?: unknown }).query : undefined;
      if (typeof query !== 'string') continue; // Apollo answers a missing or malformed query itself
      try {
        guard.parse(query);
      } catch (e) {
        // Only the token limit is ours to answer here; other syntax errors get Apollo's answer.
        if (e instanceof GraphQLError && /token limit/i.test(e.message)) return refuse(res, e.message, { reason: 'GRAPHQL_PARSE_FAILED', limit: guard.limits.maxTokens });
      }
    }
    next();
  };
}

function refuse(res: Response, message: string, extensions: Record<string, unknown>): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...extensions } }] });
}
