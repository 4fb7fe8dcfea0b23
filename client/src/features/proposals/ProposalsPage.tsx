// The proposals the viewer may see: their organization's, or all of them for the Secretariat.
// Sort and filter live in the URL; the server applies them.
import { Link } from 'react-router';
import type { ProposalsQuery as ProposalsData } from '../../gql/graphql';
import { DownloadCsv } from '../../ui/Download';
import { ListPage, usePagedList, type Column } from '../../ui/ListPage';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { orgShort } from '../../ui/org';
import { sortOptions, useListView } from '../../ui/list-view';
import { useViewer } from '../auth/ViewerContext';
import { ProposalsQuery } from './proposals.documents';

type Row = ProposalsData['proposals']['edges'][number]['node'];
const SORTS = sortOptions([
  { field: 'UPDATED_AT', key: 'updated', asc: 'Least recently updated', desc: 'Last updated' },
  { field: 'TITLE', key: 'topic', asc: 'Topic (A–Z)', desc: 'Topic (Z–A)' },
  { field: 'STATUS', key: 'status', asc: 'Status (A–Z)', desc: 'Status (Z–A)' },
]);

const columns = (timeZone?: string): Column<Row>[] => [
  { label: 'Topic', cell: (p) => <Link to={`/proposals/${p.id}`}>{p.topic}</Link> },
  { label: 'Status', cell: (p) => <StatusBadge status={p.status} /> },
  { label: 'Sending NPO', cell: (p) => orgShort(p.sendingOrganization) },
  { label: 'Call', cell: (p) => <>{p.notification?.projectCode ?? '—'}{p.round ? ` · round ${p.round.ordinal}` : ''}</> },
  { label: 'Modality', cell: (p) => humanize(p.modality) },
  { label: 'Updated', cell: (p) => formatDateTime(p.updatedAt, timeZone) },
];

/** The heading, with the way to start a new proposal (from a call: a proposal answers one). */
const HEADING = (
  <div className="spread">
    <h1>Proposals</h1>
    <div className="row">
      <DownloadCsv what="proposals" />
      <Link className="btn" to="/calls">Draft a proposal from a call</Link>
    </div>
  </div>
);

export function ProposalsPage() {
  const { viewer } = useViewer();
  const view = useListView(SORTS);
  const list = usePagedList(ProposalsQuery, { orderBy: view.orderBy, filter: view.text ? { text: view.text } : null }, (d) => d.proposals);
  return (
    <ListPage title="Proposals" heading={HEADING} label="proposals" list={list} view={view} columns={columns(viewer?.organization.timeZone)}
      testId="proposal-list" empty="No proposals yet. Open a call with an open round to draft one." noMatch="No proposal" />
  );
}
