// Links to the server's plain-HTTP reads (CSV exports, calendar files). The browser's session is
// an HttpOnly cookie that it sends by itself on same-origin requests (features/auth/token-store),
// so a plain link downloads with the viewer's rights; the server names the file.
import type { ReactNode } from 'react';

/** Only the filters that are set, in the order given: `?status=SUBMITTED&notification=…`. */
export function queryOf(filters: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function DownloadLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  return <a className="btn secondary" href={href} download data-testid={testId}>{children}</a>;
}

/** "Download CSV" of one export (`proposals`, `pairings` …) with the list's current filters. */
export function DownloadCsv({ what, filters = {}, label = 'Download CSV' }: { what: string; filters?: Record<string, string | null | undefined>; label?: string }) {
  return <DownloadLink href={`/export/${what}.csv${queryOf(filters)}`} testId={`download-${what}-csv`}>{label}</DownloadLink>;
}
