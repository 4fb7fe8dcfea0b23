// The export module's public face for other features' CSV downloads (e.g. the program report):
// the one CSV writer (BOM, CRLF, formula cells neutralized) and the query-parameter checks.
export { sendCsv, type Cell } from './csv-response.js';
export { idParam, parseFilter, type FilterSpec } from './export.filters.js';
