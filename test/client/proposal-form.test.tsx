// @vitest-environment jsdom
// The proposal draft form: server field errors, participants against the modality limit, ranked hosts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EMPTY_PROPOSAL, ProposalForm } from '../../client/src/features/proposals/components/ProposalForm';

afterEach(cleanup);

const limits = [{ modality: 'VIRTUAL', max: 10 }, { modality: 'FACE_TO_FACE', max: 4 }];
const hosts = [{ id: 'h1', name: 'Japan Productivity Center', acronym: 'JPC' }, { id: 'h2', name: 'Productivity Council', acronym: 'NPC' }];

function renderForm(errors: Record<string, string> = {}, onSave = vi.fn()) {
  render(<ProposalForm initial={EMPTY_PROPOSAL} limits={limits} hosts={hosts} errors={errors} saving={false} submitLabel="Save draft" onSave={onSave} />);
  return onSave;
}

describe('ProposalForm', () => {
  it('shows each server validation message next to its field', () => {
    renderForm({ topic: 'topic must be longer than or equal to 3 characters', periodEnd: 'The end comes before the start.' });
    const topic = screen.getByLabelText('Topic');
    expect(topic.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('topic must be longer than or equal to 3 characters')).toBeTruthy();
    expect(screen.getByLabelText('Proposed end').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Objectives').getAttribute('aria-invalid')).toBeNull();
  });

  it('counts planned participants and shows the call’s limits as published (the server decides which applies)', async () => {
    renderForm({ plannedParticipants: 'At most 4 people can take part in a face-to-face activity of this call.' });
    for (let i = 0; i < 5; i++) await userEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(screen.getByTestId('participant-count').textContent).toBe('5 planned. The call allows at most 10 participants for a virtual activity, 4 participants for a face to face activity.');
    expect(screen.getByRole('alert').textContent).toBe('At most 4 people can take part in a face-to-face activity of this call.');
  });

  it('saves what the user typed, with hosts in their ranked order', async () => {
    const onSave = renderForm();
    await userEvent.type(screen.getByLabelText('Topic'), 'Digital productivity');
    await userEvent.selectOptions(screen.getByLabelText('Add a host'), 'h1');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await userEvent.selectOptions(screen.getByLabelText('Add a host'), 'h2');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move NPC up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ topic: 'Digital productivity', preferredHostIds: ['h2', 'h1'] }));
  });
});
