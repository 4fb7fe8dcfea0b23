// The pairings the viewer's organization is a party to (all of them for the Secretariat).
// Sort and filter live in the URL; the server applies them.
import { Link } from 'react-router';
import type { PairingsQuery as PairingsData } from '../../gql/graphql';
import { DownloadCsv } from '../../ui/Download';
import { ListPage, usePagedList, type Column } from '../../ui/ListPage';
import { StatusBadge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { orgShort } from '../../ui/org';
import { sortOptions, useListView } from '../../ui/list-view';
import { useViewer } from '../auth/ViewerContext';
import { PairingsQuery } from './pairings.documents';

type Row = PairingsData['pairings']['edges'][number]['node'];
const SORTS = sortOptions([
  { field: 'UPDATED_AT', key: 'updated', asc: 'Least recently updated', desc: 'Last updated' },
  { field: 'TITLE', key: 'topic', asc: 'Proposal (A–Z)', desc: 'Proposal (Z–A)' },
  { field: 'STATUS', key: 'status', asc: 'Status (A–Z)', desc: 'Status (Z–A)' },
]);

const columns = (timeZone?: string): Column<Row>[] => [
  { label: 'Proposal', cell: (p) => <Link to={`/pairings/${p.id}`}>{p.proposal.topic}</Link> },
  { label: 'Sending', cell: (p) => orgShort(p.sendingOrganization) },
  { label: 'Host', cell: (p) => orgShort(p.hostOrganization) },
  { label: 'Status', cell: (p) => <StatusBadge status={p.status} /> },
  { label: 'Updated', cell: (p) => formatDateTime(p.updatedAt, timeZone) },
];

const HEADING = (
  <div className="spread">
    <h1>Pairings</h1>
    <DownloadCsv what="pairings" />
  </div>
);

export function PairingsPage() {
  const { viewer } = useViewer();
  const view = useListView(SORTS);
  const list = usePagedList(PairingsQuery, { orderBy: view.orderBy, filter: view.text ? { text: view.text } : null }, (d) => d.pairings);
  return (
    <ListPage title="Pairings" heading={HEADING} label="pairings" list={list} view={view} columns={columns(viewer?.organization.timeZone)}
      testId="pairing-list" empty="No pairing yet. The Secretariat pairs approved proposals with a host NPO." noMatch="No pairing" />
  );
}
