// The dashboard's entry to the program report: loaded on demand, so that the charting library
// (Recharts) travels only to the Secretariat's dashboard, not in every NPO user's first bundle.
import { lazy, Suspense } from 'react';

const Section = lazy(() => import('./ProgramReportSection').then((m) => ({ default: m.ProgramReportSection })));

export function ProgramReport() {
  return (
    <Suspense fallback={<section className="card" aria-busy="true"><h2>Program report</h2><p className="muted">Loading…</p></section>}>
      <Section />
    </Suspense>
  );
}
