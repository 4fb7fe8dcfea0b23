// Dates as the APO writes them ("27 January 2025", "January 27, 2025", "27-Jan-2025",
// "2025-01-27") and ranges ("1 January 2025–31 December 2025", "1–15 March 2025").
const MONTHS: Record<string, number> = {};
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach((m, i) => {
  MONTHS[m] = i + 1;
  MONTHS[m.slice(0, 3)] = i + 1;
});
MONTHS.sept = 9;

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
/** One date inside running text, in any of the accepted forms. */
export const DATE_IN_TEXT = new RegExp(
  String.raw`\b(?:\d{4}-\d{2}-\d{2}|${DAY}[\s-]+(?:${MONTH_NAMES})\.?,?[\s-]+\d{4}|(?:${MONTH_NAMES})\.?\s+${DAY},?\s+\d{4})\b`,
  'gi',
);
/** Text that starts like a date, so that failing to read it is an error rather than prose. */
export const DATE_LIKE_START = new RegExp(String.raw`^(?:\d|(?:${MONTH_NAMES})\b)`, 'i');

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

export function normalizeDashes(s: string): string {
  return s.replace(DASHES, '-');
}

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** One date on its own → YYYY-MM-DD, or null when it is not a real date. */
export function parseDate(input: string): string | null {
  const s = normalizeDashes(input)
    .trim()
    .replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i, '')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/[,.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[\s-]+([a-z]+)[\s-]+(\d{4})$/.exec(s);
  if (m && MONTHS[m[2]]) return iso(+m[3], MONTHS[m[2]], +m[1]);
  m = /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(s);
  if (m && MONTHS[m[1]]) return iso(+m[3], MONTHS[m[1]], +m[2]);
  return null;
}

/** Every date found in running text, in order of appearance. */
export function findDates(text: string): string[] {
  return [...normalizeDashes(text).matchAll(DATE_IN_TEXT)].map((m) => parseDate(m[0])).filter((d): d is string => !!d);
}

/** A range → [start, end]; a single date is a one-day range; "2025" or "Throughout 2025" the whole year. */
export function parseDateRange(input: string): [string, string] | null {
  const s = normalizeDashes(input).trim();
  const year = /^(?:throughout\s+)?(?:the\s+)?(?:year\s+)?(\d{4})$/i.exec(s);
  if (year) return [`${year[1]}-01-01`, `${year[1]}-12-31`];
  const single = parseDate(s);
  if (single) return [single, single];
  // Try each separator in turn: a hyphen may also sit inside a date ("27-Jan-2025").
  for (const sep of s.matchAll(/\s+-\s+|\s*-\s*|\s+(?:to|until|till|through)\s+/gi)) {
    const left = s.slice(0, sep.index).trim();
    const right = s.slice(sep.index + sep[0].length).trim();
    const end = parseDate(right);
    const start = end ? (parseDate(left) ?? completeStart(left, end)) : null;
    if (start && end && start <= end) return [start, end];
  }
  return null;
}

/** "1" or "1 March" borrows the month and year of the end date. */
function completeStart(start: string, end: string): string | null {
  const [y, m] = end.split('-');
  const monthName = Object.keys(MONTHS)[(+m - 1) * 2];
  return parseDate(`${start} ${y}`) ?? parseDate(`${start} ${monthName} ${y}`);
}
