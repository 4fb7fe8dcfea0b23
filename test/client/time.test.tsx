// @vitest-environment jsdom
// Countdown to a round's closing and times shown/entered in each party's zone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { Countdown } from '../../client/src/ui/Countdown';
import { countdownText, utcToZonedLocal, zonedLocalToUtc } from '../../client/src/ui/format';
import { ZonedTime } from '../../client/src/features/pairings/components/ZonedTime';

afterEach(cleanup);

describe('countdown', () => {
  it('reads in days and hours far away, minutes and seconds near the end', () => {
    expect(countdownText(3 * 86_400_000 + 4 * 3_600_000 + 5000)).toBe('3 days 4 h');
    expect(countdownText(2 * 3_600_000 + 5 * 60_000)).toBe('2 h 05 min');
    expect(countdownText(61_000)).toBe('1 min 01 s');
    expect(countdownText(0)).toBe('closed');
  });

  it('ticks down each second and says closed once the instant passes', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(Date.parse('2025-03-31T14:59:58.000Z'));
      render(<Countdown until="2025-03-31T14:59:59.999Z" />);
      expect(screen.getByText('closes in 1 s')).toBeTruthy();
      act(() => vi.advanceTimersByTime(2000));
      expect(screen.getByText('closed')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('time zones', () => {
  it('shows one meeting time in both parties’ zones', () => {
    render(<ZonedTime iso="2026-05-01T03:00:00.000Z" zones={[{ label: 'JPC', timeZone: 'Asia/Tokyo' }, { label: 'NPEDC', timeZone: 'Asia/Kathmandu' }]} />);
    expect(document.querySelector('[data-zone="Asia/Tokyo"]')?.textContent).toContain('12:00');
    expect(document.querySelector('[data-zone="Asia/Kathmandu"]')?.textContent).toContain('08:45');
  });

  it('reads a wall time typed in a party’s zone as the right UTC instant and back', () => {
    expect(zonedLocalToUtc('2026-05-01T12:00', 'Asia/Tokyo')).toBe('2026-05-01T03:00:00.000Z');
    expect(zonedLocalToUtc('2026-05-01T08:45', 'Asia/Kathmandu')).toBe('2026-05-01T03:00:00.000Z');
    expect(utcToZonedLocal('2026-05-01T03:00:00.000Z', 'Asia/Kathmandu')).toBe('2026-05-01T08:45');
  });
});
