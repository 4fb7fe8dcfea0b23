// @vitest-environment jsdom
// A page whose first load cannot reach the server tries again on its own (backoff of the live
// connection, at once when the browser is back online) and stops once it has its data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { QueryState } from '../../client/src/ui/State';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const unreachable = new TypeError('Failed to fetch');
const forbidden = new CombinedGraphQLErrors({ errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }] });

describe('a first load that fails', () => {
  it('is tried again about once a second while the server cannot be reached, and no more once the data is there', async () => {
    vi.useFakeTimers();
    const retry = vi.fn();
    const view = (error: unknown, hasData: boolean) => (
      <QueryState loading={false} error={error} hasData={hasData} onRetry={retry}>{() => <p>The page</p>}</QueryState>
    );
    const { rerender } = render(view(unreachable, false));
    expect(screen.getByRole('alert').textContent).toMatch(/Connection problem/);
    await act(() => vi.advanceTimersByTimeAsync(3_100));
    expect(retry.mock.calls.length).toBeGreaterThanOrEqual(3);
    rerender(view(undefined, true));
    const calls = retry.mock.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(retry.mock.calls.length).toBe(calls);
    expect(screen.getByText('The page')).toBeTruthy();
  });

  it('is tried at once when the browser comes back online', async () => {
    vi.useFakeTimers();
    const retry = vi.fn();
    render(<QueryState loading={false} error={unreachable} hasData={false} onRetry={retry}>{() => null}</QueryState>);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(retry).not.toHaveBeenCalled();
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('is not repeated on its own when the server answered with a refusal', async () => {
    vi.useFakeTimers();
    const retry = vi.fn();
    render(<QueryState loading={false} error={forbidden} hasData={false} onRetry={retry}>{() => null}</QueryState>);
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(retry).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
