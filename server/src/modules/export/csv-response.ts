// Writes a CSV download: UTF-8 with a BOM (so that Excel reads it as UTF-8), CRLF rows, a header,
// streamed through csv-stringify with backpressure (rows are pulled from the source only as
// fast as the client reads), and safe from formula injection: a cell that starts with =, +, -,
// @, tab or CR is prefixed with ' so that a spreadsheet shows it as text instead of running it.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';

export type Cell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Every cell as text before it is neutralized: a negative number or a date is text in a CSV too. */
function asText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}

export async function sendCsv(res: Response, fileName: string, header: string[], rows: AsyncIterable<Cell[]>): Promise<void> {
  res.status(200);
  res.set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
  });
  // HEAD gets the headers only: reading every row for no body would waste the database's time.
  if (res.req.method === 'HEAD') return void res.end();
  const csv = stringify({ bom: true, header: true, columns: header, record_delimiter: 'windows', cast: { string: neutralize } });
  const records = Readable.from(textRows(rows), { objectMode: true, highWaterMark: 16 });
  await pipeline(records, csv, res);
}

async function* textRows(rows: AsyncIterable<Cell[]>): AsyncGenerator<string[]> {
  for await (const row of rows) yield row.map(asText);
}
