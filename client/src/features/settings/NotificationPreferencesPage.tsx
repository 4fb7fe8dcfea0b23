// Email preferences of the signed-in person: for each kind of alert, a mail at once, the daily
// digest, or nothing. Every mail links here (and its one-click unsubscribe turns one kind off).
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { NotificationDelivery, NotificationKind } from '../../gql/graphql';
import { ErrorMessage, QueryState } from '../../ui/State';
import { useTitle } from '../../ui/useTitle';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './notification-preferences.documents';

const KIND_LABELS: Record<NotificationKind, string> = {
  MENTION: 'Someone mentions me',
  THREAD_MESSAGE: 'A message in a thread of one of my pairings',
  HOST_INVITATION: 'My NPO is invited to host',
  HOST_DECISION: 'A host accepts or declines',
  REVIEW_DECISION: 'A review decision on my proposal',
  STATUS_CHANGE: 'Another change of my pairing or proposal',
  FOLLOW_UP_DUE: 'A follow-up is due or overdue',
  ROUND_CLOSING: 'A round is closing',
  MEETING_SOON: 'A meeting is soon',
};

const DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  IMMEDIATE: 'Email at once',
  DAILY_DIGEST: 'Daily digest',
  OFF: 'Off',
};

const DELIVERIES = Object.keys(DELIVERY_LABELS) as NotificationDelivery[];

export function NotificationPreferencesPage() {
  useTitle('Email notifications');
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const [update, u] = useMutation(UpdateNotificationPreferencesMutation);
  const [saved, setSaved] = useState<NotificationKind | null>(null);
  const choose = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    setSaved(null);
    const r = await update({ variables: { input: [{ kind, delivery }] } }).catch(() => null);
    if (r?.data) setSaved(kind);
  };
  return (
    <>
      <h1>Email notifications</h1>
      <p className="muted">
        How each kind of alert reaches you. Your inbox in BCN Hub always shows them all. The daily digest comes once a day (08:00 unless
        configured otherwise) in your organization’s time zone, and only when there is something new.
      </p>
      <ErrorMessage error={u.error} />
      <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
        {() => (
          <section className="card stack" aria-label="Email notifications by kind">
            {data!.notificationPreferences.map((p) => (
              <label key={p.kind} className="row" style={{ justifyContent: 'space-between' }}>
                <span>{KIND_LABELS[p.kind]}</span>
                <span className="row">
                  {saved === p.kind ? <span className="muted small" role="status">Saved</span> : null}
                  <select aria-label={KIND_LABELS[p.kind]} value={p.delivery} disabled={u.loading} onChange={(e) => void choose(p.kind, e.target.value as NotificationDelivery)}>
                    {DELIVERIES.map((d) => <option key={d} value={d}>{DELIVERY_LABELS[d]}</option>)}
                  </select>
                </span>
              </label>
            ))}
          </section>
        )}
      </QueryState>
    </>
  );
}
