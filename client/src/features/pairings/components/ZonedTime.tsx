// One instant shown in each party's time zone (sending and host NPO), so nobody converts by hand.
import { formatDateTime, type Zone } from '../../../ui/format';

export function ZonedTime({ iso, zones }: { iso: string | null | undefined; zones: Zone[] }) {
  if (!iso) return <span className="muted">not set</span>;
  const unique = zones.filter((z, i) => zones.findIndex((o) => o.label === z.label) === i);
  return (
    <span className="zoned">
      {unique.map((z, i) => (
        <span key={z.label} data-zone={z.timeZone}>
          {i > 0 ? ' · ' : null}
          <span className="muted">{z.label}:</span> {formatDateTime(iso, z.timeZone)}
        </span>
      ))}
    </span>
  );
}
