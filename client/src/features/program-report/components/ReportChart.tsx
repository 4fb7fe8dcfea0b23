// One figure of the program report: a Recharts chart named for screen readers, and under it the
// same numbers as a table (the chart's text alternative, what prints exactly, what tests read).
import type { ReactNode } from 'react';
import { PRINT_WIDTH, usePrintingContext } from '../use-printing';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type Series = { key: string; label: string };
export type Row = { label: string } & Record<string, string | number>;

/** Dark and light enough to tell apart on a grey printout. */
const COLORS = ['#0b5cad', '#e08a00', '#1f7a3f', '#6b6b6b'];

export function ChartFigure({ id, title, series, rows, chart, testId }: { id: string; title: string; series: Series[]; rows: Row[]; chart: ReactNode; testId?: string }) {
  return (
    <figure className="report-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="label">{title}</figcaption>
      {rows.length === 0 ? <p className="muted">Nothing in this period.</p> : (
        <div className="report-chart" role="img" aria-label={`${title}: chart; the numbers are in the table below`}>{chart}</div>
      )}
      <table className="report-table" data-testid={testId}>
        <caption className="visually-hidden">{title}</caption>
        <thead><tr><th scope="col"><span className="visually-hidden">Item</span></th>{series.map((s) => <th key={s.key} scope="col">{s.label}</th>)}</tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {series.map((s) => <td key={s.key} data-col={s.key}>{r[s.key]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Bars per row, one bar per series (grouped). */
export function Bars({ id, title, series, rows, testId, layout = 'horizontal' }: { id: string; title: string; series: Series[]; rows: Row[]; testId?: string; layout?: 'horizontal' | 'vertical' }) {
  const vertical = layout === 'vertical';
  const width = usePrintingContext() ? PRINT_WIDTH : '100%';
  const chart = (
    <ResponsiveContainer width={width} height={vertical ? Math.max(160, rows.length * 34 + 60) : 240}>
      <BarChart data={rows} layout={vertical ? 'vertical' : 'horizontal'} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? <XAxis type="number" allowDecimals={false} /> : <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />}
        {vertical ? <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} /> : <YAxis allowDecimals={false} />}
        <Tooltip />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s, i) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLORS[i % COLORS.length]} isAnimationActive={false} />)}
      </BarChart>
    </ResponsiveContainer>
  );
  return <ChartFigure id={id} title={title} series={series} rows={rows} chart={chart} testId={testId} />;
}

/** Lines over the months of the year, one per series. */
export function Trend({ id, title, series, rows, testId }: { id: string; title: string; series: Series[]; rows: Row[]; testId?: string }) {
  const width = usePrintingContext() ? PRINT_WIDTH : '100%';
  const chart = (
    <ResponsiveContainer width={width} height={260}>
      <LineChart data={rows} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={COLORS[i % COLORS.length]} strokeWidth={2} isAnimationActive={false} />)}
      </LineChart>
    </ResponsiveContainer>
  );
  return <ChartFigure id={id} title={title} series={series} rows={rows} chart={chart} testId={testId} />;
}
