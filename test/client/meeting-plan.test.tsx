// @vitest-environment jsdom
// The meeting plan editor (both zones, delegate limit) and the pairing status timeline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingPlanForm, type PlanValues } from '../../client/src/features/pairings/components/MeetingPlanForm';
import { StatusTimeline } from '../../client/src/features/pairings/components/StatusTimeline';

afterEach(cleanup);

const parties = [
  { label: 'JPC', timeZone: 'Asia/Tokyo', organizationId: 'jpc' },
  { label: 'NPEDC', timeZone: 'Asia/Kathmandu', organizationId: 'npedc' },
];
const empty: PlanValues = { modality: 'VIRTUAL', startsAt: null, endsAt: null, venue: '', onlineLink: '', agenda: [], delegates: [] };

describe('MeetingPlanForm', () => {
  it('enters times in the viewer’s own zone by default', () => {
    render(<MeetingPlanForm initial={empty} parties={parties} ownZone={{ label: 'NPEDC', timeZone: 'Asia/Kathmandu' }} errors={{}} saving={false} onSave={() => {}} />);
    expect((screen.getByLabelText('Enter times in') as HTMLSelectElement).value).toBe('Asia/Kathmandu');
  });

  it('offers the Secretariat its own zone besides both parties’', () => {
    render(<MeetingPlanForm initial={empty} parties={parties} ownZone={{ label: 'APO', timeZone: 'Asia/Singapore' }} errors={{}} saving={false} onSave={() => {}} />);
    const select = screen.getByLabelText('Enter times in') as HTMLSelectElement;
    expect(select.value).toBe('Asia/Singapore');
    expect([...select.options].map((o) => o.value)).toEqual(['Asia/Tokyo', 'Asia/Kathmandu', 'Asia/Singapore']);
  });

  it('reads a start typed in the chosen party’s zone and shows it in both zones', async () => {
    const onSave = vi.fn();
    render(<MeetingPlanForm initial={empty} parties={parties} errors={{}} saving={false} onSave={onSave} />);
    await userEvent.selectOptions(screen.getByLabelText('Enter times in'), 'Asia/Kathmandu');
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-05-01T08:45' } });
    const both = screen.getByTestId('starts-both-zones').textContent ?? '';
    expect(both).toContain('JPC: 1 May 2026, 12:00');
    expect(both).toContain('NPEDC: 1 May 2026, 08:45');
    await userEvent.click(screen.getByRole('button', { name: 'Save meeting plan' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ startsAt: '2026-05-01T03:00:00.000Z' }));
  });

  it('counts delegates and shows the server’s refusal', async () => {
    render(<MeetingPlanForm initial={empty} parties={parties} limits="The call allows at most 1." errors={{ delegates: 'Too many delegates.' }} saving={false} onSave={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add delegate' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add delegate' }));
    expect(screen.getByTestId('delegate-count').textContent).toBe('2 delegates. The call allows at most 1.');
    expect(screen.getByRole('alert').textContent).toBe('Too many delegates.');
  });
});

describe('StatusTimeline', () => {
  it('marks the steps done, the current one, and an off-path end', () => {
    const { rerender } = render(<StatusTimeline status="MEETING_SCHEDULED" />);
    expect(screen.getByText('Meeting scheduled').getAttribute('aria-current')).toBe('step');
    expect(screen.getByText('✓ Planning')).toBeTruthy();
    rerender(<StatusTimeline status="CANCELLED" />);
    expect(screen.getByRole('status').textContent).toBe('This pairing is cancelled.');
  });
});
