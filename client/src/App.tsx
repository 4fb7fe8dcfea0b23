// Routes of the signed-in app; each feature owns its pages under features/<feature>/.
import { Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Layout, RequireSignIn } from './features/shell/Layout';
import { HomePage } from './features/shell/HomePage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { SignInPage } from './features/auth/SignInPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { AcceptInvitationPage, ResetPasswordPage } from './features/auth/SetPasswordPage';
import { CallsPage } from './features/calls/CallsPage';
import { CallPage } from './features/calls/CallPage';
import { ProposalsPage } from './features/proposals/ProposalsPage';
import { ProposalPage } from './features/proposals/ProposalPage';
import { NewProposalPage } from './features/proposals/NewProposalPage';
import { ReviewQueuePage } from './features/review/ReviewQueuePage';
import { PairingsPage } from './features/pairings/PairingsPage';
import { PairingPage } from './features/pairings/PairingPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { InboxPage } from './features/inbox/InboxPage';
import { NotificationPreferencesPage } from './features/settings/NotificationPreferencesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { SearchPage } from './features/search/SearchPage';
import { ShowcasePage } from './features/showcase/ShowcasePage';

export function App() {
  const { pathname } = useLocation();
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
        <Route path="/calls" element={<CallsPage />} />
        <Route path="/calls/:id" element={<CallPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/showcase" element={<ShowcasePage />} />
        <Route path="/" element={<RequireSignIn><HomePage /></RequireSignIn>} />
        <Route path="/proposals" element={<RequireSignIn><ProposalsPage /></RequireSignIn>} />
        <Route path="/proposals/new" element={<RequireSignIn><NewProposalPage /></RequireSignIn>} />
        <Route path="/proposals/:id" element={<RequireSignIn><ProposalPage /></RequireSignIn>} />
        <Route path="/review" element={<RequireSignIn secretariat><ReviewQueuePage /></RequireSignIn>} />
        <Route path="/pairings" element={<RequireSignIn><PairingsPage /></RequireSignIn>} />
        <Route path="/pairings/:id" element={<RequireSignIn><PairingPage /></RequireSignIn>} />
        <Route path="/dashboard" element={<RequireSignIn secretariat><DashboardPage /></RequireSignIn>} />
        <Route path="/inbox" element={<RequireSignIn><InboxPage /></RequireSignIn>} />
        <Route path="/settings" element={<RequireSignIn><SettingsPage /></RequireSignIn>} />
        <Route path="/settings/notifications" element={<RequireSignIn><NotificationPreferencesPage /></RequireSignIn>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
      </ErrorBoundary>
    </Layout>
  );
}
