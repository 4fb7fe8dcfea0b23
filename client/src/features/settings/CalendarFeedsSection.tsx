// Calendar feeds of the organization: a secret URL per feed that Outlook or Google Calendar
// subscribes to (the organization's meetings; the Secretariat's: all). The URL is the credential,
// so it is shown once, with a copy button; revoking a feed makes its URL answer 404.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CalendarFeedFieldsFragment as Feed } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/Confirm';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/errors';
import { formatDateTime } from '../../ui/format';
import { ShownOnce } from '../../ui/ShownOnce';
import { Empty, ErrorMessage, QueryState } from '../../ui/State';
import { useViewer } from '../auth/ViewerContext';
import { CalendarFeedsQuery, CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from './calendar-feeds.documents';

export function CalendarFeedsSection() {
  const { data, loading, error, refetch } = useQuery(CalendarFeedsQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [url, setUrl] = useState<string | null>(null);
  const feeds = data?.calendarFeeds.edges.map((e) => e.node);
  return (
    <section className="card stack" aria-labelledby="feeds-title">
      <h2 id="feeds-title">Calendar feeds</h2>
      <p className="muted small">Subscribe to your organization’s meetings from Outlook, Google Calendar or Apple Calendar. Anyone who has a feed’s address sees the meetings: revoke it when it is no longer needed.</p>
      {url ? <ShownOnce label="Your calendar feed address" value={url} testId="new-feed-url" note="Paste it into your calendar app’s “subscribe from URL”." onDone={() => setUrl(null)} /> : null}
      <NewFeedForm onCreated={(u) => { setUrl(u); void refetch(); }} />
      <QueryState loading={loading} error={error} hasData={!!feeds} onRetry={() => void refetch()}>
        {() => (feeds!.length === 0 ? <Empty>No calendar feeds yet.</Empty> : <FeedTable feeds={feeds!} />)}
      </QueryState>
    </section>
  );
}

function NewFeedForm({ onCreated }: { onCreated: (url: string) => void }) {
  const [description, setDescription] = useState('');
  const [create, c] = useMutation(CreateCalendarFeedMutation);
  const errors = fieldErrors(c.error);
  const submit = async () => {
    const r = await create({ variables: { input: { description: description.trim() || null } } }).catch(() => null);
    if (!r?.data) return;
    setDescription('');
    onCreated(r.data.createCalendarFeed.url);
  };
  return (
    <form className="row" aria-label="New calendar feed" onSubmit={(e) => { e.preventDefault(); void submit(); }} style={{ alignItems: 'flex-end' }}>
      <div style={{ flex: '1 1 20rem' }}>
        <Field label="Feed description (optional)" hint="e.g. “Team Outlook”." error={errors.description}>
          <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} />
        </Field>
      </div>
      <button type="submit" className="btn" disabled={c.loading} style={{ marginBottom: '0.75rem' }}>Create feed</button>
      {errors.description ? null : <ErrorMessage error={c.error} />}
    </form>
  );
}

function FeedTable({ feeds }: { feeds: Feed[] }) {
  const { viewer } = useViewer();
  const [revoke, r] = useMutation(RevokeCalendarFeedMutation);
  const when = (iso: string) => formatDateTime(iso, viewer?.organization.timeZone);
  return (
    <>
      <ErrorMessage error={r.error} />
      <table className="list" data-testid="feed-list">
        <thead><tr><th>Description</th><th>Created</th><th>Status</th></tr></thead>
        <tbody>
          {feeds.map((f) => (
            <tr key={f.id}>
              <td data-label="Description">{f.description || <span className="muted">(none)</span>}</td>
              <td data-label="Created">{when(f.createdAt)}</td>
              <td data-label="Status">
                {f.revokedAt ? <span className="badge bad">Revoked {when(f.revokedAt)}</span> : (
                  <ConfirmButton label="Revoke" ariaLabel={`Revoke feed ${f.description ?? f.id}`} danger question="Revoke this feed? Calendars subscribed to it stop receiving updates."
                    confirmLabel="Yes, revoke" disabled={r.loading} onConfirm={() => void revoke({ variables: { id: f.id } }).catch(() => {})} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
