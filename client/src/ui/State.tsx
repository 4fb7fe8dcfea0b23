// Loading, error and empty states shared by every screen.
import type { ReactNode } from 'react';
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

/** Renders loading / error / content for a query result. */
export function QueryState({ loading, error, hasData, onRetry, children }: {
  loading: boolean;
  error?: unknown;
  hasData: boolean;
  onRetry?: () => void;
  children: () => ReactNode;
}) {
  if (error && !hasData) return <ErrorMessage error={error} onRetry={onRetry} />;
  if (loading && !hasData) return <Loading />;
  return <>{error ? <ErrorMessage error={error} onRetry={onRetry} /> : null}{hasData ? children() : null}</>;
}
