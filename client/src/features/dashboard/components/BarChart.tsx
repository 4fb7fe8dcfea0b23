// A simple horizontal bar chart in HTML/CSS: readable on a phone, and its numbers stay text.
import { humanize } from '../../../ui/Badge';

export type Bar = { label: string; value: number };

export function BarChart({ title, bars, labelAsIs }: { title: string; bars: Bar[]; labelAsIs?: boolean }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="label">{title}</figcaption>
      {bars.length === 0 ? <p className="muted">Nothing yet.</p> : null}
      <ul className="bars" aria-label={title}>
        {bars.map((b) => (
          <li key={b.label} data-testid={`bar-${title}-${b.label}`}>
            <span>{labelAsIs ? b.label : humanize(b.label)}</span>
            <span className="track" aria-hidden="true"><span className="fill" style={{ width: `${(b.value / max) * 100}%`, display: 'block' }} /></span>
            <span className="value">{b.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
