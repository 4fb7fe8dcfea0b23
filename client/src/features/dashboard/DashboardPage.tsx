// The Secretariat's live view of the program: proposals and pairings per status and per economy,
// rounds closing soon, and the activity feed; both streams resume from their cursors.
import { QueryState } from '../../ui/State';
import { useTitle } from '../../ui/useTitle';
import { BarChart } from './components/BarChart';
import { ActivityFeed } from './components/ActivityFeed';
import { RoundsClosingSoon } from './components/RoundsClosingSoon';
import { useDashboard } from './use-dashboard';
import { ProgramReport } from '../program-report/LazyProgramReport';

export function DashboardPage() {
  useTitle('Dashboard');
  const { dashboard: d, events, loading, error, retry } = useDashboard();

  return (
    <>
      <h1>Dashboard</h1>
      <QueryState loading={loading} error={error} hasData={!!d} onRetry={retry}>
        {() => (
          <div data-testid="dashboard-loaded">
            <div className="grid">
              <section className="card"><BarChart title="Proposals by status" bars={d!.proposalsByStatus.map((x) => ({ label: x.status, value: x.count }))} /></section>
              <section className="card"><BarChart title="Pairings by status" bars={d!.pairingsByStatus.map((x) => ({ label: x.status, value: x.count }))} /></section>
            </div>
            <section className="card">
              <h2>Per economy</h2>
              <div className="grid">
                <BarChart title="Proposals sent" labelAsIs bars={d!.economies.filter((e) => e.proposals > 0).map((e) => ({ label: e.economy.name, value: e.proposals }))} />
                <BarChart title="Pairings (sending + hosting)" labelAsIs bars={d!.economies.filter((e) => e.pairingsSending + e.pairingsHosting > 0).map((e) => ({ label: e.economy.name, value: e.pairingsSending + e.pairingsHosting }))} />
              </div>
            </section>
            <div className="grid">
              <RoundsClosingSoon rounds={d!.roundsClosingSoon} />
              <section className="card">
                <h2>Live activity</h2>
                <ActivityFeed events={events} />
              </section>
            </div>
          </div>
        )}
      </QueryState>
      <ProgramReport />
    </>
  );
}
