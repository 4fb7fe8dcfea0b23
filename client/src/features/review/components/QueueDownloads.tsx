// "Download CSV" of the queue as filtered. The export takes one status at a time, as the API's
// list does: the default view ("waiting for a decision") is two statuses, so two files.
import { humanize } from '../../../ui/Badge';
import { DownloadCsv } from '../../../ui/Download';
import { ANY, AWAITING } from '../use-review-queue';

export function QueueDownloads({ params, status }: { params: URLSearchParams; status: string }) {
  const filters = { notification: params.get('call'), round: params.get('round'), economy: params.get('economy') };
  if (status === AWAITING) {
    return (
      <div className="row">
        {['SUBMITTED', 'UNDER_REVIEW'].map((s) => <DownloadCsv key={s} what="proposals" filters={{ ...filters, status: s }} label={`Download CSV: ${humanize(s).toLowerCase()}`} />)}
      </div>
    );
  }
  return <DownloadCsv what="proposals" filters={{ ...filters, status: status === ANY ? null : status }} />;
}
