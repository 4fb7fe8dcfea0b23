// @vitest-environment jsdom
// The revision diff: word-level changes, shown side by side per field.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DiffView } from '../../client/src/ui/DiffView';
import { diffWords } from '../../client/src/ui/diff';

afterEach(cleanup);

describe('diffWords', () => {
  it('marks removed and added words and keeps the rest', () => {
    expect(diffWords('learn lean methods', 'learn digital methods')).toEqual([
      { kind: 'same', text: 'learn ' },
      { kind: 'del', text: 'lean' },
      { kind: 'ins', text: 'digital' },
      { kind: 'same', text: ' methods' },
    ]);
  });

  it('joins back to each original text', () => {
    const a = 'Two  spaces\nand a line';
    const b = 'Two spaces\nand another line';
    const parts = diffWords(a, b);
    expect(parts.filter((p) => p.kind !== 'ins').map((p) => p.text).join('')).toBe(a);
    expect(parts.filter((p) => p.kind !== 'del').map((p) => p.text).join('')).toBe(b);
  });
});

describe('DiffView', () => {
  const before = { topic: 'Lean for SMEs', objectives: 'Learn kaizen', modality: 'VIRTUAL' };
  const after = { topic: 'Lean for SMEs', objectives: 'Learn kaizen and 5S', modality: 'FACE_TO_FACE' };

  it('shows only the changed fields side by side, with the change highlighted on each side', () => {
    const { container } = render(<DiffView before={before} after={after} beforeLabel="Revision 1" afterLabel="Revision 2" labels={{ objectives: 'Objectives' }} />);
    expect(screen.getByText('2 fields changed.')).toBeTruthy();
    const objectives = screen.getByRole('region', { name: 'Objectives' });
    expect(within(objectives).getByText('and 5S', { selector: 'ins' })).toBeTruthy();
    expect(container.querySelector('del')?.textContent).toBe('VIRTUAL');
    expect(screen.queryByRole('region', { name: 'topic' })).toBeNull();
  });

  it('shows unchanged fields on request', async () => {
    render(<DiffView before={before} after={after} beforeLabel="Revision 1" afterLabel="Revision 2" />);
    await userEvent.click(screen.getByLabelText('Show unchanged fields'));
    expect(screen.getByRole('region', { name: 'topic' })).toBeTruthy();
  });
});
