// Counts written as digits or English words ("four", "twenty-five", "10").
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number in running text: digits, "twenty-five", "four", "a hundred". */
export const NUMBER = String.raw`(?:\d{1,5}|(?:${TENS.filter(Boolean).join('|')})(?:[\s-](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}|(?:a|one)\s+hundred)`;

export function parseNumber(input: string): number | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{1,5}$/.test(s)) return Number(s);
  if (/^(?:a|one) hundred$/.test(s)) return 100;
  const unit = UNITS.indexOf(s);
  if (unit >= 0) return unit;
  const m = /^([a-z]+)(?:[\s-]([a-z]+))?$/.exec(s);
  if (!m) return null;
  const tens = TENS.indexOf(m[1]);
  if (tens < 2) return null;
  if (!m[2]) return tens * 10;
  const u = UNITS.indexOf(m[2]);
  return u >= 1 && u <= 9 ? tens * 10 + u : null;
}
