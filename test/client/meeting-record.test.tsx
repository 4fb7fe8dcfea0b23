// @vitest-environment jsdom
// The meeting record editor: days, participants of either NPO, sessions, key learnings and the
// follow-ups agreed ticked among the pairing's; and the read view.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingRecordForm } from '../../client/src/features/meeting-record/components/MeetingRecordForm';
import { RecordFacts } from '../../client/src/features/meeting-record/components/RecordFacts';
import type { RecordValues } from '../../client/src/features/meeting-record/record-values';

afterEach(cleanup);

const sides = [{ label: 'NPEDC', organizationId: 'npedc' }, { label: 'JPC', organizationId: 'jpc' }];
const followUps = [{ id: 'f1', title: 'Joint lean training' }, { id: 'f2', title: 'Expert visit' }];
const start: RecordValues = {
  heldFrom: '2026-03-02', heldTo: '2026-03-03', modality: 'HYBRID', keyLearnings: '', followUpIds: ['f2'], sessions: [],
  participants: [{ name: 'Ms Sharma', title: 'Director', organizationId: 'npedc', qualification: 'NPO_OFFICIAL' }],
};

describe('MeetingRecordForm', () => {
  it('saves what was typed and ticked, keeping what was not touched', async () => {
    const onSave = vi.fn();
    render(<MeetingRecordForm initial={start} sides={sides} followUps={followUps} errors={{}} saving={false} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2026-03-04' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    const second = screen.getByRole('group', { name: 'Participant 2' });
    await userEvent.type(within(second).getByLabelText('Name'), 'Dr Sato');
    await userEvent.selectOptions(within(second).getByLabelText('Organization'), 'jpc');
    await userEvent.click(screen.getByRole('button', { name: 'Add session' }));
    await userEvent.type(within(screen.getByRole('group', { name: 'Session 1' })).getByLabelText('Session title'), 'Opening');
    await userEvent.type(screen.getByLabelText('Key learnings'), 'Kaizen circles.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Joint lean training' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Expert visit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save record' }));
    expect(onSave).toHaveBeenCalledWith({
      ...start,
      heldTo: '2026-03-04',
      participants: [start.participants[0], { name: 'Dr Sato', title: '', organizationId: 'jpc', qualification: 'NPO_OFFICIAL' }],
      sessions: [{ title: 'Opening', summary: '' }],
      keyLearnings: 'Kaizen circles.',
      followUpIds: ['f1'],
    });
  });

  it('shows the server\'s refusal at its field', () => {
    render(<MeetingRecordForm initial={start} sides={sides} followUps={[]} errors={{ participants: 'A participant belongs to the sending or the hosting NPO.' }} saving={false} onSave={() => {}} />);
    expect(screen.getByRole('alert').textContent).toBe('A participant belongs to the sending or the hosting NPO.');
    expect(screen.getByText(/No follow-up activity yet/)).toBeTruthy();
  });
});

describe('RecordFacts', () => {
  it('lists participants, sessions and the follow-ups agreed', () => {
    render(<RecordFacts record={{
      __typename: 'MeetingRecord', id: 'r', version: 3, updatedAt: '2026-03-05T00:00:00Z', heldFrom: '2026-03-02', heldTo: '2026-03-03', modality: 'HYBRID' as never,
      keyLearnings: 'Kaizen circles.', confirmedRevision: 1, confirmedBySending: true, confirmedByHost: true, sendingConfirmedAt: null, hostConfirmedAt: null,
      participants: [{ name: 'Ms Sharma', title: 'Director', qualification: 'NPO_OFFICIAL' as never, organization: { id: 'npedc', acronym: 'NPEDC' } }],
      sessions: [{ title: 'Opening', summary: 'Goals' }], followUps: [{ id: 'f1', title: 'Joint lean training' }],
    } as never} />);
    expect(screen.getByText('Ms Sharma, Director (NPEDC) — NPO official')).toBeTruthy();
    expect(screen.getByText('Kaizen circles.')).toBeTruthy();
    expect(screen.getByText('Joint lean training')).toBeTruthy();
  });
});
