// Caps the operations of one batched HTTP request (a JSON array body) before Apollo sees it,
// so a flood of operations costs one cheap refusal instead of N executions.
import type { RequestHandler } from 'express';

export function batchLimit(maxBatch: number): RequestHandler {
  return (req, res, next) => {
    if (!Array.isArray(req.body)) return next();
    const size = req.body.length;
    if (size >= 1 && size <= maxBatch) return next();
    const message =
      size === 0
        ? 'The batch is empty: send at least one operation.'
        : `A batch may hold at most ${maxBatch} operations; this one has ${size}.`;
    res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'MAX_BATCH', limit: maxBatch, found: size } }] });
  };
}
