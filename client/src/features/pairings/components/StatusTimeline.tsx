// Where a pairing stands on its way from invitation to completion.
import { humanize } from '../../../ui/Badge';

export const PAIRING_STEPS = ['HOST_INVITED', 'PLANNING', 'MEETING_SCHEDULED', 'MEETING_HELD', 'FOLLOW_UP', 'COMPLETED'] as const;

export function StatusTimeline({ status }: { status: string }) {
  const at = PAIRING_STEPS.indexOf(status as (typeof PAIRING_STEPS)[number]);
  const offPath = at < 0; // HOST_DECLINED or CANCELLED
  return (
    <div>
      <ol className="timeline" aria-label="Pairing status">
        {PAIRING_STEPS.map((s, i) => (
          <li key={s} className={!offPath && i < at ? 'done' : !offPath && i === at ? 'current' : ''} aria-current={!offPath && i === at ? 'step' : undefined}>
            {!offPath && i < at ? '✓ ' : ''}{humanize(s)}
          </li>
        ))}
      </ol>
      {offPath ? <p className="field-error" role="status">This pairing is {humanize(status).toLowerCase()}.</p> : null}
    </div>
  );
}
