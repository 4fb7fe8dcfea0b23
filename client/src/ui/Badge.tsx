// Status badges: one colour scheme for proposal, pairing, notification and follow-up states.
const TONE: Record<string, string> = {
  APPROVED: 'ok', PUBLISHED: 'ok', PLANNING: 'ok', MEETING_SCHEDULED: 'ok', MEETING_HELD: 'ok', FOLLOW_UP: 'ok',
  COMPLETED: 'ok', AGREED: 'ok', DONE: 'ok', IN_PROGRESS: 'info',
  SUBMITTED: 'info', UNDER_REVIEW: 'info', HOST_INVITED: 'info', PROPOSED: 'info',
  CHANGES_REQUESTED: 'warn', DRAFT: 'warn', CLOSED: 'warn',
  SUCCEEDED: 'ok', PENDING: 'info', FAILED: 'bad',
  REJECTED: 'bad', WITHDRAWN: 'bad', HOST_DECLINED: 'bad', CANCELLED: 'bad', DROPPED: 'bad', ARCHIVED: '',
};

/** `NPO_OFFICIAL` → "NPO official", `UNDER_REVIEW` → "Under review". */
export const humanize = (value: string) =>
  (value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ')).replace(/\bnpo\b/gi, 'NPO');

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge ${TONE[status] ?? ''}`} data-status={status}>
      {humanize(status)}
    </span>
  );
}

const ROLES: Record<string, string> = { NPO_ADMIN: 'NPO administrator', NPO_MEMBER: 'NPO member', SECRETARIAT: 'APO Secretariat' };
export const roleLabel = (role: string) => ROLES[role] ?? humanize(role);
