// "Who am I": the signed-in person, their role and organization, and where to go next.
import { Link } from 'react-router';
import { useViewer } from '../auth/ViewerContext';
import { roleLabel } from '../../ui/Badge';
import { useTitle } from '../../ui/useTitle';

export function HomePage() {
  useTitle('Home');
  const { viewer, isSecretariat } = useViewer();
  if (!viewer?.user) return null;
  const org = viewer.organization;
  return (
    <>
      <h1>Welcome, {viewer.user.name}</h1>
      <section className="card" aria-labelledby="me">
        <h2 id="me">You</h2>
        <dl className="facts">
          <dt>Name</dt><dd>{viewer.user.name}</dd>
          <dt>Email</dt><dd>{viewer.user.email}</dd>
          <dt>Role</dt><dd>{roleLabel(viewer.user.role)}</dd>
          <dt>Organization</dt><dd data-testid="my-organization">{org.name} ({org.acronym})</dd>
          <dt>Economy</dt><dd>{org.economy ? `${org.economy.name} (${org.economy.code})` : 'APO Secretariat'}</dd>
          <dt>Time zone</dt><dd>{org.timeZone}</dd>
        </dl>
      </section>
      <section className="grid">
        <Link className="card" to="/calls"><strong>Calls</strong><br /><span className="muted">Project notifications and their rounds</span></Link>
        <Link className="card" to="/proposals"><strong>Proposals</strong><br /><span className="muted">{isSecretariat ? 'All proposals' : 'Your organization’s proposals'}</span></Link>
        {isSecretariat ? <Link className="card" to="/review"><strong>Review queue</strong><br /><span className="muted">Proposals waiting for a decision</span></Link> : null}
        <Link className="card" to="/pairings"><strong>Pairings</strong><br /><span className="muted">Workspaces shared with the other NPO</span></Link>
        {isSecretariat ? <Link className="card" to="/dashboard"><strong>Dashboard</strong><br /><span className="muted">The whole program, live</span></Link> : null}
      </section>
    </>
  );
}
