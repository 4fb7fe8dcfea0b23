// GET /export/<list>.csv: the caller's proposals, pairings, delegates or follow-ups as CSV, with
// the credential the GraphQL endpoint takes (bearer session or API token with READ, or the
// same-origin session cookie: `readerOf`, supplied by the HTTP layer). Refusals go to next(),
// where the HTTP layer answers them as JSON with the GraphQL error codes.
import { Router } from 'express';
import type { Logger } from '../../logger.js';
import { sendCsv } from './csv-response.js';
import { parseFilter } from './export.filters.js';
import { EXPORTS } from './export.sources.js';
import type { ReaderOf } from './export.types.js';

export function exportRoutes(readerOf: ReaderOf, logger: Logger): Router {
  const router = Router();
  router.get('/export/:file', async (req, res, next) => {
    const source = EXPORTS[req.params.file];
    if (!source) return next();
    try {
      const ctx = await readerOf(req, res);
      const filter = parseFilter(source.filters, req.query as Record<string, unknown>);
      const stamp = ctx.clock.now().toISOString().slice(0, 10);
      await sendCsv(res, source.fileName.replace('.csv', `-${stamp}.csv`), source.header, source.rows(ctx.em, ctx.viewer, filter));
    } catch (e) {
      if (!res.headersSent) return next(e);
      // Mid-stream the status is sent: the download is cut short (the client sees an aborted response).
      if ((e as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.error({ err: e }, 'CSV export failed mid-stream');
      res.destroy();
    }
  });
  return router;
}
