// @vitest-environment jsdom
// The completion report's pieces: the sender's form, the Secretariat's decisions (a reason asked
// for changes and for a waiver) and the diff between the last two submissions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportForm } from '../../client/src/features/completion-report/ReportForm';
import { ReviewButtons } from '../../client/src/features/completion-report/ReviewButtons';
import { ReportDiff } from '../../client/src/features/completion-report/ReportDiff';

afterEach(cleanup);

const blank = { outcomes: '', application: '', followUpPlan: '' };

describe('ReportForm', () => {
  it('submits the three texts only once all are written', async () => {
    const onSubmit = vi.fn();
    render(<ReportForm initial={blank} busy={false} error={null} onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Submit report' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await userEvent.type(screen.getByLabelText('Outcomes against the objectives'), 'Lean adopted');
    await userEvent.type(screen.getByLabelText('How the knowledge will be applied at home'), 'A national program');
    await userEvent.type(screen.getByLabelText('Follow-up plan'), 'Joint training');
    await userEvent.click(button);
    expect(onSubmit).toHaveBeenCalledWith({ outcomes: 'Lean adopted', application: 'A national program', followUpPlan: 'Joint training' });
  });
});

describe('ReviewButtons', () => {
  it('accepts, or asks for changes with the reason typed', async () => {
    const onChanges = vi.fn(async () => {});
    render(<ReviewButtons status="SUBMITTED" busy={false} onAccept={async () => {}} onChanges={onChanges} onWaive={async () => {}} />);
    expect(screen.getByRole('button', { name: 'Accept report' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Ask for changes' }));
    await userEvent.type(screen.getByLabelText('What should change'), 'Name the SMEs');
    await userEvent.click(screen.getByRole('button', { name: 'Ask for changes' }));
    expect(onChanges).toHaveBeenCalledWith('Name the SMEs');
  });

  it('offers only the waiver before a submission, and nothing once accepted', () => {
    const { rerender } = render(<ReviewButtons status="DUE" busy={false} onAccept={async () => {}} onChanges={async () => {}} onWaive={async () => {}} />);
    expect(screen.queryByRole('button', { name: 'Accept report' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Waive report' })).toBeTruthy();
    rerender(<ReviewButtons status="ACCEPTED" busy={false} onAccept={async () => {}} onChanges={async () => {}} onWaive={async () => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('ReportDiff', () => {
  it('shows what changed between the last two submissions', () => {
    const rev = (number: number, outcomes: string) => ({ number, outcomes, application: 'Same', followUpPlan: 'Same', createdAt: '2026-12-01T00:00:00Z', author: { id: 'u', name: 'Anita' } });
    render(<ReportDiff revisions={[rev(1, 'Two SMEs'), rev(2, 'Acme and Beta')]} timeZone="UTC" />);
    expect(screen.getByText('1 field changed.')).toBeTruthy();
    expect(screen.getByText('Outcomes against the objectives')).toBeTruthy();
    expect(document.querySelector('ins')?.textContent).toContain('Acme');
  });
});
