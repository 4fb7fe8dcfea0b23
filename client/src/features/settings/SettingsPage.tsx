// An organization's settings, for its NPO administrators and for the Secretariat (whose
// webhooks cover the whole program): API tokens, webhooks and calendar feeds. Everyone else is
// told plainly that the page is not theirs.
import { useTitle } from '../../ui/useTitle';
import { useViewer } from '../auth/ViewerContext';
import { ApiTokensSection } from './ApiTokensSection';
import { CalendarFeedsSection } from './CalendarFeedsSection';
import { WebhooksSection } from './WebhooksSection';
import { canManageSettings } from './may-manage';

export function SettingsPage() {
  useTitle('Settings');
  const { viewer, isSecretariat } = useViewer();
  if (!viewer?.user || !canManageSettings(viewer.user.role)) {
    return (
      <>
        <h1>Settings</h1>
        <div className="alert error" role="alert" data-testid="settings-not-allowed">
          Only your organization’s NPO administrators (and the APO Secretariat) can manage API tokens, webhooks and calendar feeds. Ask one of them if you need one.
        </div>
      </>
    );
  }
  return (
    <>
      <h1>Settings: {viewer.organization.name}</h1>
      <p className="muted">Connect other tools to BCN Hub. {isSecretariat ? 'Webhooks created here receive events of the whole program.' : 'Everything here acts for your organization and sees only what it may see.'}</p>
      <ApiTokensSection organizationId={viewer.organization.id} isSecretariat={isSecretariat} />
      <WebhooksSection />
      <CalendarFeedsSection />
    </>
  );
}
