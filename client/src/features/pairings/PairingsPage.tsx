// The pairings the viewer's organization is a party to (all of them for the Secretariat).
// Sort and filter live in the URL.
import { Link } from 'react-router';
import type { PairingsQuery as PairingsData } from '../../gql/graphql';
import { DownloadCsv } from '../../ui/Download';
import { ListPage, usePagedList, type Column } from '../../ui/ListPage';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { orgShort } from '../../ui/org';
import { byNewest, byText, type SortOption } from '../../ui/list-view';
import { useViewer } from '../auth/ViewerContext';
import { PairingsQuery } from './pairings.documents';

type Row = PairingsData['pairings']['edges'][number]['node'];
const SORTS: SortOption<Row>[] = [
  { key: 'updated', label: 'Last updated', compare: byNewest((p) => p.updatedAt) },
  { key: 'topic', label: 'Proposal (A–Z)', compare: byText((p) => p.proposal.topic) },
  { key: 'status', label: 'Status', compare: byText((p) => p.status) },
];
const textOf = (p: Row) => [p.proposal.topic, humanize(p.status), orgShort(p.sendingOrganization), orgShort(p.hostOrganization), p.sendingOrganization.name, p.hostOrganization.name].join(' ');

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
  const list = usePagedList(PairingsQuery, (d) => d.pairings);
  return (
    <ListPage title="Pairings" heading={HEADING} label="pairings" list={list} sorts={SORTS} textOf={textOf} columns={columns(viewer?.organization.timeZone)}
      testId="pairing-list" empty="No pairing yet. The Secretariat pairs approved proposals with a host NPO." noMatch="No pairing" />
  );
}
