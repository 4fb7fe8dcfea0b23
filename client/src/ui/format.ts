// Dates and times for people: in a named IANA zone, with the zone shown, never the browser's guess.

/** A party's time zone, labelled for people (an organization's acronym). */
export type Zone = { label: string; timeZone: string };

export function formatDateTime(iso: string | Date, timeZone?: string): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    timeZone,
    ...(timeZone ? { timeZoneName: 'short' } : {}),
  }).format(d);
}

/** A calendar date (`2025-03-31`) as written, without shifting it through a time zone. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

/** `2026-05-01T09:00` typed into a datetime-local field, read as wall time in `timeZone`, to UTC ISO. */
export function zonedLocalToUtc(local: string, timeZone: string): string {
  const [datePart, timePart = '00:00'] = local.split('T');
  const [y, mo, d] = datePart!.split('-').map(Number);
  const [h, mi] = timePart.split(':').map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // The zone's offset at that instant; a second pass settles days when the offset changes.
  let guess = asUtc - offsetMs(asUtc, timeZone);
  guess = asUtc - offsetMs(guess, timeZone);
  return new Date(guess).toISOString();
}

/** The UTC ISO instant as `YYYY-MM-DDTHH:mm` wall time in `timeZone` (for datetime-local fields). */
export function utcToZonedLocal(iso: string, timeZone: string): string {
  const p = parts(new Date(iso).getTime(), timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

function offsetMs(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

function parts(instant: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  const out: Record<string, string> = {};
  for (const part of fmt.formatToParts(instant)) out[part.type] = part.value;
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
}

/** "3 days 4 h", "2 h 05 min", "45 s"; "closed" when the instant is past. */
export function countdownText(msLeft: number): string {
  if (msLeft <= 0) return 'closed';
  const s = Math.floor(msLeft / 1000);
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (days > 0) return `${days} day${days === 1 ? '' : 's'} ${hours} h`;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}
