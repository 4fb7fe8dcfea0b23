// Loading, error and empty states shared by every screen.
import { useEffect, useRef, type ReactNode } from 'react';
import { wakeableWaits } from '../apollo/backoff';
import { errorCode, errorMessage } from './errors';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

const TITLES: Record<string, string> = {
  UNAUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'Not found, or not visible to you.',
  CONFLICT: 'Someone else changed this meanwhile.',
  RATE_LIMITED: 'Too many requests; wait a moment.',
  NETWORK: 'Connection problem.',
};

export function ErrorMessage({ error, onRetry, plain }: { error: unknown; onRetry?: () => void; plain?: boolean }) {
  if (!error) return null;
  const code = errorCode(error);
  return (
    <div className="alert error" role="alert">
      {!plain && code && TITLES[code] ? <strong>{TITLES[code]} </strong> : null}
      <span>{errorMessage(error)}</span>
      {onRetry ? (
        <>
          {' '}
          <button type="button" className="btn secondary" onClick={onRetry}>
            Try again
          </button>
        </>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}

/**
 * Renders loading / error / content for a query result. A first load that could not reach the
 * server (a restart, a dropped network) is tried again on its own, as the live connection is.
 */
export function QueryState({ loading, error, hasData, onRetry, children }: {
  loading: boolean;
  error?: unknown;
  hasData: boolean;
  onRetry?: () => void;
  children: () => ReactNode;
}) {
  useRetryWhileUnreachable(!!error && !hasData && errorCode(error) === 'NETWORK', onRetry);
  if (error && !hasData) return <ErrorMessage error={error} onRetry={onRetry} />;
  if (loading && !hasData) return <Loading />;
  return <>{error ? <ErrorMessage error={error} onRetry={onRetry} /> : null}{hasData ? children() : null}</>;
}

/**
 * While `unreachable`, calls `retry` with the live connection's backoff (at most a second apart,
 * at once when the browser comes back online), until the page has its data or is left.
 */
function useRetryWhileUnreachable(unreachable: boolean, retry: (() => void) | undefined): void {
  // The latest retry, so that a new function on each render does not restart the waits.
  const latest = useRef(retry);
  latest.current = retry;
  const canRetry = !!retry;
  useEffect(() => {
    if (!unreachable || !canRetry) return;
    let stopped = false;
    const waits = wakeableWaits();
    const wake = () => waits.wake();
    window.addEventListener('online', wake);
    void (async () => {
      for (let attempt = 0; !stopped; attempt++) {
        await waits.wait(attempt);
        if (!stopped) latest.current?.();
      }
    })();
    return () => {
      stopped = true;
      window.removeEventListener('online', wake);
      waits.wake();
    };
  }, [unreachable, canRetry]);
}
