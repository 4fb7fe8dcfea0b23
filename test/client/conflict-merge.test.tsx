// @vitest-environment jsdom
// Merging after an edit CONFLICT: both versions shown, the user's text never dropped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictMerge } from '../../client/src/features/proposals/components/ConflictMerge';

afterEach(cleanup);

const labels = { topic: 'Topic', objectives: 'Objectives' };
const mine = { topic: 'Lean SMEs', objectives: 'My careful objectives' };
const theirs = { topic: 'Lean SMEs', objectives: 'Their objectives' };

describe('ConflictMerge', () => {
  it('shows both versions of each conflicting field and starts the merge from the user’s text', () => {
    render(<ConflictMerge mine={mine} theirs={theirs} labels={labels} onMerged={() => {}} />);
    expect(screen.getByTestId('theirs-objectives').textContent).toBe('Their objectives');
    expect(screen.getByTestId('mine-objectives').textContent).toBe('My careful objectives');
    expect((screen.getByLabelText('Merged Objectives') as HTMLTextAreaElement).value).toBe('My careful objectives');
    expect(screen.queryByLabelText('Merged Topic')).toBeNull();
  });

  it('saves a combination of both texts when asked', async () => {
    const onMerged = vi.fn();
    render(<ConflictMerge mine={mine} theirs={theirs} labels={labels} onMerged={onMerged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Combine both' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(onMerged).toHaveBeenCalledWith({ topic: 'Lean SMEs', objectives: 'Their objectives\n\nMy careful objectives' });
  });

  it('lets the user edit the merge by hand', async () => {
    const onMerged = vi.fn();
    render(<ConflictMerge mine={mine} theirs={theirs} labels={labels} onMerged={onMerged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Use theirs' }));
    await userEvent.type(screen.getByLabelText('Merged Objectives'), ' plus mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(onMerged).toHaveBeenCalledWith({ topic: 'Lean SMEs', objectives: 'Their objectives plus mine' });
  });

  it('names the other fields that differ, whose value the user’s save keeps', () => {
    render(<ConflictMerge mine={mine} theirs={theirs} labels={labels} otherChanges={['Modality']} onMerged={() => {}} />);
    expect(screen.getByText(/Also different: Modality\./)).toBeTruthy();
  });
});
