// When application rounds close and which one is open. A round closes at the end of its
// closing day in Asia/Tokyo (UTC+9, no daylight saving): 23:59:59.999 JST = 14:59:59.999 UTC.
import type { ApplicationRound } from './round.entity.js';

const TOKYO_OFFSET_MS = 9 * 3_600_000;

/** `2025-03-31` → 2025-03-31T14:59:59.999Z. */
export function roundClosesAt(closesOn: string): Date {
  const startOfDayUtc = Date.parse(`${closesOn}T00:00:00.000Z`);
  if (Number.isNaN(startOfDayUtc)) throw new Error(`not a date: ${closesOn}`);
  return new Date(startOfDayUtc + 86_400_000 - 1 - TOKYO_OFFSET_MS);
}

/** The round now accepting submissions: the earliest one not yet closed. */
export function openRound<R extends Pick<ApplicationRound, 'closesAt' | 'ordinal'>>(rounds: readonly R[], now: Date): R | null {
  const upcoming = rounds.filter((r) => now.getTime() <= r.closesAt.getTime());
  upcoming.sort((a, b) => a.ordinal - b.ordinal);
  return upcoming[0] ?? null;
}

export function isRoundOpen<R extends Pick<ApplicationRound, 'closesAt' | 'ordinal'>>(round: R, rounds: readonly R[], now: Date): boolean {
  return openRound(rounds, now) === round;
}
