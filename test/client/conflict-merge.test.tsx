// @vitest-environment jsdom
// Concurrent edits merge field by field against the version both started from: different fields
// are both kept without asking, a field both changed is shown side by side to choose, and
// nothing is dropped silently. The merge logic alone, the merge view, and the save flow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { merge3, sameValue } from '../../client/src/ui/merge';
import { ConflictMerge } from '../../client/src/ui/ConflictMerge';
import { useMergingSave } from '../../client/src/ui/use-merging-save';

afterEach(cleanup);

const base = { startsAt: null as string | null, venue: '', onlineLink: 'https://a', agenda: [{ topic: 'Intro' }] };

describe('merge3', () => {
  it('keeps changes to different fields from both sides without a conflict', () => {
    const mine = { ...base, onlineLink: 'https://mine' };
    const theirs = { ...base, startsAt: '2027-05-10T03:00:00.000Z' };
    const r = merge3(base, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual({ ...base, startsAt: '2027-05-10T03:00:00.000Z', onlineLink: 'https://mine' });
    expect(r.theirs).toEqual(['startsAt']);
    expect(r.mine).toEqual(['onlineLink']);
  });

  it('reports a field both changed differently, and not one both changed the same way', () => {
    const mine = { ...base, venue: 'Tokyo', agenda: [{ topic: 'Intro' }, { topic: 'Mine' }] };
    const theirs = { ...base, venue: 'Tokyo', agenda: [{ topic: 'Theirs' }] };
    const r = merge3(base, mine, theirs);
    expect(r.conflicts).toEqual(['agenda']);
    expect(r.merged.venue).toBe('Tokyo');
  });

  it('treats empty text and null alike, ignores key order and __typename', () => {
    expect(sameValue('', null)).toBe(true);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1, __typename: 'X' })).toBe(true);
    expect(sameValue([{ a: 1 }], [{ a: 2 }])).toBe(false);
  });
});

describe('ConflictMerge', () => {
  const labels = { topic: 'Topic', objectives: 'Objectives', modality: 'Modality', venue: 'Venue' };
  const start = { topic: 'Lean SMEs', objectives: 'Original', modality: 'VIRTUAL', venue: '' };
  const mine = { ...start, objectives: 'My careful objectives', modality: 'HYBRID' };
  const theirs = { ...start, objectives: 'Their objectives', modality: 'FACE_TO_FACE', venue: 'Tokyo' };
  const result = merge3(start, mine, theirs);

  it('shows both versions of each field both changed, and names what was kept from each side', () => {
    render(<ConflictMerge result={result} mine={mine} theirs={theirs} labels={labels} textFields={['topic', 'objectives']} title="t" onMerged={() => {}} />);
    expect(screen.getByTestId('theirs-objectives').textContent).toBe('Their objectives');
    expect(screen.getByTestId('mine-objectives').textContent).toBe('My careful objectives');
    expect((screen.getByLabelText('Merged Objectives') as HTMLTextAreaElement).value).toBe('My careful objectives');
    expect(screen.getByTestId('kept-theirs').textContent).toBe('Kept from someone else: Venue.');
    expect(screen.queryByLabelText('Merged Topic')).toBeNull();
  });

  it('asks for a choice on every non-text field both changed before it saves', async () => {
    const onMerged = vi.fn();
    render(<ConflictMerge result={result} mine={mine} theirs={theirs} labels={labels} textFields={['topic', 'objectives']} title="t" onMerged={onMerged} />);
    const save = screen.getByRole('button', { name: 'Save merged version' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(screen.getByText('Choose a version for: Modality.')).toBeTruthy();
    const modality = screen.getByTestId('conflict-modality');
    await userEvent.click(modality.querySelector('button')!); // "Use theirs"
    await userEvent.click(screen.getByRole('button', { name: 'Combine both' }));
    await userEvent.click(save);
    expect(onMerged).toHaveBeenCalledWith({ topic: 'Lean SMEs', objectives: 'Their objectives\n\nMy careful objectives', modality: 'FACE_TO_FACE', venue: 'Tokyo' });
  });

  it('lets the user edit the merged text by hand', async () => {
    const onMerged = vi.fn();
    const textOnly = merge3({ objectives: 'o' }, { objectives: 'mine' }, { objectives: 'theirs' });
    render(<ConflictMerge result={textOnly} mine={{ objectives: 'mine' }} theirs={{ objectives: 'theirs' }} labels={labels} textFields={['topic', 'objectives']} title="t" onMerged={onMerged} />);
    await userEvent.click(screen.getByRole('button', { name: 'Use theirs' }));
    await userEvent.type(screen.getByLabelText('Merged Objectives'), ' plus mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save merged version' }));
    expect(onMerged).toHaveBeenCalledWith({ objectives: 'theirs plus mine' });
  });
});

const conflictError = () => new CombinedGraphQLErrors({ errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] });

describe('useMergingSave', () => {
  it('on CONFLICT saves the field-by-field merge against the saved version, without asking, when nothing overlaps', async () => {
    const saves: Array<[unknown, number]> = [];
    const save = vi.fn(async (v: typeof base, version: number) => { saves.push([v, version]); if (version === 1) throw conflictError(); });
    const saved = { values: { ...base, startsAt: '2027-05-10T03:00:00.000Z' }, version: 2 };
    const { result } = renderHook(() => useMergingSave({ save, loadSaved: async () => saved, start: { values: base, version: 1 } }));
    let ok = false;
    await act(async () => { ok = await result.current.submit({ ...base, onlineLink: 'https://mine' }); });
    expect(ok).toBe(true);
    expect(saves).toEqual([[{ ...base, onlineLink: 'https://mine' }, 1], [{ ...base, startsAt: '2027-05-10T03:00:00.000Z', onlineLink: 'https://mine' }, 2]]);
    expect(result.current.kept).toEqual({ theirs: ['startsAt'], mine: ['onlineLink'] });
  });

  it('hands overlapping fields to the user and saves their resolution against the version shown', async () => {
    const save = vi.fn(async (_v: typeof base, version: number) => { if (version === 1) throw conflictError(); });
    const saved = { values: { ...base, venue: 'Seoul' }, version: 2 };
    const { result } = renderHook(() => useMergingSave({ save, loadSaved: async () => saved, start: { values: base, version: 1 } }));
    let ok = true;
    await act(async () => { ok = await result.current.submit({ ...base, venue: 'Tokyo' }); });
    expect(ok).toBe(false);
    expect(result.current.conflict?.result.conflicts).toEqual(['venue']);
    await act(async () => { ok = await result.current.resolve({ ...base, venue: 'Tokyo' }); });
    expect(ok).toBe(true);
    expect(save).toHaveBeenLastCalledWith({ ...base, venue: 'Tokyo' }, 2);
  });
});
