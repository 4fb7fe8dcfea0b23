// @vitest-environment jsdom
// The review queue's "Download CSV" links: the queue's filters become the export's query
// parameters (the API's names), and the default two-status view offers one file per status.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QueueDownloads } from '../../client/src/features/review/components/QueueDownloads';
import { queryOf } from '../../client/src/ui/Download';

afterEach(cleanup);

const hrefs = () => screen.getAllByRole('link').map((a) => a.getAttribute('href'));

describe('Download CSV links', () => {
  it('keeps only the filters that are set', () => {
    expect(queryOf({ notification: null, status: 'SUBMITTED', economy: '' })).toBe('?status=SUBMITTED');
    expect(queryOf({})).toBe('');
  });

  it('names the call, round, economy and status as the export does', () => {
    render(<QueueDownloads params={new URLSearchParams('call=c1&round=r1&economy=JP&q=lean&sort=topic')} status="APPROVED" />);
    expect(hrefs()).toEqual(['/export/proposals.csv?notification=c1&round=r1&economy=JP&status=APPROVED']);
  });

  it('offers one file per status for the default view, and none for "any status"', () => {
    render(<QueueDownloads params={new URLSearchParams('economy=TH')} status="AWAITING" />);
    expect(hrefs()).toEqual(['/export/proposals.csv?economy=TH&status=SUBMITTED', '/export/proposals.csv?economy=TH&status=UNDER_REVIEW']);
    cleanup();
    render(<QueueDownloads params={new URLSearchParams()} status="ANY" />);
    expect(hrefs()).toEqual(['/export/proposals.csv']);
  });
});
