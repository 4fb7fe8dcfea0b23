// The activity feed: one readable line per event, linking to what changed, newest first.
import { Link } from 'react-router';
import type { ActivityItemFragment } from '../../../gql/graphql';
import { humanize } from '../../../ui/Badge';
import { formatDateTime } from '../../../ui/format';

const WHERE: Record<string, string> = { Message: ' in a planning thread', Thread: '', FollowUpActivity: '', MeetingPlan: '' };

/** "Proposal submitted", "Pairing created (now host invited)", "Message posted in a planning thread". */
export function describeEvent(e: Pick<ActivityItemFragment, 'type' | 'subjectType' | 'payload'>): string {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  const text = humanize(e.type) + (WHERE[e.subjectType] ?? '');
  const hasStatus = (e.subjectType === 'Proposal' || e.subjectType === 'Pairing') && typeof p.status === 'string';
  return hasStatus && !e.type.endsWith(p.status as string) ? `${text} (now ${humanize(p.status as string).toLowerCase()})` : text;
}

export function linkOf(e: Pick<ActivityItemFragment, 'subjectType' | 'subjectId' | 'payload'>): string | null {
  const p = (e.payload ?? {}) as Record<string, unknown>;
  if (typeof p.pairingId === 'string') return `/pairings/${p.pairingId}`;
  if (typeof p.proposalId === 'string') return `/proposals/${p.proposalId}`;
  if (e.subjectType === 'Proposal') return `/proposals/${e.subjectId}`;
  if (e.subjectType === 'Pairing') return `/pairings/${e.subjectId}`;
  if (e.subjectType === 'ProjectNotification') return `/calls/${e.subjectId}`;
  return null;
}

export function ActivityFeed({ events }: { events: ActivityItemFragment[] }) {
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  return (
    <ul className="feed" aria-live="polite" aria-label="Activity">
      {events.map((e) => {
        const to = linkOf(e);
        const label = describeEvent(e);
        return (
          <li key={e.id} data-testid="activity-item">
            {to ? <Link to={to}>{label}</Link> : label}
            <div className="small muted">
              {e.actor ? `${e.actor.name} (${e.actor.organization.acronym}) · ` : ''}{formatDateTime(e.createdAt, 'Asia/Tokyo')}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
