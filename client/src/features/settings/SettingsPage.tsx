// An organization's settings. Its NPO administrators and the Secretariat (whose webhooks cover
// the whole program) invite people and manage API tokens, webhooks and calendar feeds; every
// other person of the organization may subscribe to its calendar feed, and is told who manages
// the rest.
import { Link } from 'react-router';
import { useTitle } from '../../ui/useTitle';
import { useViewer } from '../auth/ViewerContext';
import { InvitePeopleSection } from '../organizations/InvitePeopleSection';
import { ApiTokensSection } from './ApiTokensSection';
import { CalendarFeedsSection } from './CalendarFeedsSection';
import { WebhooksSection } from './WebhooksSection';
import { canManageSettings } from './may-manage';

export function SettingsPage() {
  useTitle('Settings');
  const { viewer, isSecretariat } = useViewer();
  if (!viewer?.user) return null; // RequireSignIn sends everyone else to sign in
  if (!canManageSettings(viewer.user.role)) {
    // Anyone of an NPO may subscribe their calendar to the organization's meetings.
    return (
      <>
        <h1>Settings: {viewer.organization.name}</h1>
        <p className="muted" data-testid="settings-admin-only">
          API tokens and webhooks are managed by your organization’s NPO administrators. Ask one of them if you need one.
        </p>
        <EmailLink />
        <CalendarFeedsSection />
      </>
    );
  }
  return (
    <>
      <h1>Settings: {viewer.organization.name}</h1>
      <p className="muted">Connect other tools to BCN Hub. {isSecretariat ? 'Webhooks created here receive events of the whole program.' : 'Everything here acts for your organization and sees only what it may see.'}</p>
      <EmailLink />
      <InvitePeopleSection />
      <ApiTokensSection organizationId={viewer.organization.id} isSecretariat={isSecretariat} />
      <WebhooksSection />
      <CalendarFeedsSection />
    </>
  );
}

const EmailLink = () => (
  <p>
    <Link to="/settings/notifications">Email notifications</Link>: which alerts reach you by mail, at once or in a daily digest.
  </p>
);
