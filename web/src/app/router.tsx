import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { GuestRoute, ProtectedRoute, SignedInOrGuest } from './route-guards';
import { RouteError } from './route-error';

// Route-level code splitting: each page is its own chunk, fetched on first visit.
const SignInPage = lazy(() =>
  import('../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })),
);
const RegisterPage = lazy(() =>
  import('../features/auth/components/register-page').then((m) => ({ default: m.RegisterPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/components/forgot-password-page').then((m) => ({
    default: m.ForgotPasswordPage,
  })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/auth/components/reset-password-page').then((m) => ({
    default: m.ResetPasswordPage,
  })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/components/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const LandingPage = lazy(() =>
  import('../features/public/components/landing-page').then((m) => ({ default: m.LandingPage })),
);
const CataloguePage = lazy(() =>
  import('../features/public/components/catalogue-page').then((m) => ({ default: m.CataloguePage })),
);
const NeedsListPage = lazy(() =>
  import('../features/needs/components/needs-list-page').then((m) => ({ default: m.NeedsListPage })),
);
// The detail pages are composed from several features in app/routes (features never import each other).
const NeedDetailPage = lazy(() =>
  import('./routes/need-detail-route').then((m) => ({ default: m.NeedDetailRoute })),
);
const NeedFormPage = lazy(() =>
  import('../features/needs/components/need-form-page').then((m) => ({ default: m.NeedFormPage })),
);
const CapabilitiesListPage = lazy(() =>
  import('../features/capabilities/components/capabilities-list-page').then((m) => ({
    default: m.CapabilitiesListPage,
  })),
);
const CapabilityDetailPage = lazy(() =>
  import('./routes/capability-detail-route').then((m) => ({ default: m.CapabilityDetailRoute })),
);
const MyBidsPage = lazy(() =>
  import('../features/bids/components/my-bids-page').then((m) => ({ default: m.MyBidsPage })),
);
const OrdersListPage = lazy(() =>
  import('../features/orders/components/orders-list-page').then((m) => ({ default: m.OrdersListPage })),
);
const OrderDetailRoute = lazy(() =>
  import('./routes/order-detail-route').then((m) => ({ default: m.OrderDetailRoute })),
);
const ProtocolPage = lazy(() =>
  import('../features/protocols/components/protocol-page').then((m) => ({ default: m.ProtocolPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/components/notifications-page').then((m) => ({
    default: m.NotificationsPage,
  })),
);
const ReviewPage = lazy(() =>
  import('../features/review/components/review-page').then((m) => ({ default: m.ReviewPage })),
);
const CapabilityFormPage = lazy(() =>
  import('../features/capabilities/components/capability-form-page').then((m) => ({
    default: m.CapabilityFormPage,
  })),
);
const ImportsPage = lazy(() =>
  import('../features/imports/components/imports-page').then((m) => ({ default: m.ImportsPage })),
);
const AnalyticsPage = lazy(() =>
  import('../features/analytics/components/analytics-page').then((m) => ({ default: m.AnalyticsPage })),
);
const LotsListPage = lazy(() =>
  import('../features/lots/components/lots-list-page').then((m) => ({ default: m.LotsListPage })),
);
const LotDetailPage = lazy(() =>
  import('./routes/lot-detail-route').then((m) => ({ default: m.LotDetailRoute })),
);
const SupportMeasuresPage = lazy(() =>
  import('../features/support-measures/components/support-measures-page').then((m) => ({
    default: m.SupportMeasuresPage,
  })),
);
const SubscriptionsPage = lazy(() =>
  import('../features/subscriptions/components/subscriptions-page').then((m) => ({
    default: m.SubscriptionsPage,
  })),
);
const UnsubscribePage = lazy(() =>
  import('../features/subscriptions/components/unsubscribe-page').then((m) => ({
    default: m.UnsubscribePage,
  })),
);
const MatchFeedbackPage = lazy(() =>
  import('../features/match-feedback/components/match-feedback-page').then((m) => ({
    default: m.MatchFeedbackPage,
  })),
);

const OrganizationProfilePage = lazy(() =>
  import('./routes/site-routes').then((m) => ({ default: m.OrganizationProfileRoute })),
);
const ConsoleSitesPage = lazy(() =>
  import('./routes/site-routes').then((m) => ({ default: m.ConsoleSitesRoute })),
);
const ConsoleResidenciesPage = lazy(() =>
  import('./routes/site-routes').then((m) => ({ default: m.ConsoleResidenciesRoute })),
);
const InvestmentCasePage = lazy(() =>
  import('../features/investment-case/components/investment-case-page').then((m) => ({
    default: m.InvestmentCasePage,
  })),
);
const VerificationQueuePage = lazy(() =>
  import('../features/console/components/verification-queue-page').then((m) => ({
    default: m.VerificationQueuePage,
  })),
);
const ConsoleSearchPage = lazy(() =>
  import('../features/console/components/console-search-page').then((m) => ({
    default: m.ConsoleSearchPage,
  })),
);
const OrganizationSettingsPage = lazy(() =>
  import('./routes/site-routes').then((m) => ({ default: m.OrganizationSettingsRoute })),
);
const AccountPage = lazy(() =>
  import('../features/account/components/account-page').then((m) => ({ default: m.AccountPage })),
);
const AcceptInvitationPage = lazy(() =>
  import('../features/account/components/accept-invitation-page').then((m) => ({
    default: m.AcceptInvitationPage,
  })),
);

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // A second boundary inside the layout keeps the header usable when a page fails.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <SignedInOrGuest signedIn={<DashboardPage />} guest={<LandingPage />} /> },
          // Public: open needs for anyone, guests and signed-in users alike (DESIGN.md §5 "Public").
          { path: 'catalogue', element: <CataloguePage /> },
          {
            element: <ProtectedRoute />,
            children: [
              { path: 'needs', element: <NeedsListPage /> },
              { path: 'needs/new', element: <NeedFormPage /> },
              { path: 'needs/:id', element: <NeedDetailPage /> },
              { path: 'needs/:id/edit', element: <NeedFormPage /> },
              { path: 'capabilities', element: <CapabilitiesListPage /> },
              { path: 'capabilities/new', element: <CapabilityFormPage /> },
              { path: 'capabilities/:id', element: <CapabilityDetailPage /> },
              { path: 'capabilities/:id/edit', element: <CapabilityFormPage /> },
              { path: 'imports', element: <ImportsPage /> },
              { path: 'bids', element: <MyBidsPage /> },
              { path: 'orders', element: <OrdersListPage /> },
              { path: 'orders/:id', element: <OrderDetailRoute /> },
              { path: 'protocols/:id', element: <ProtocolPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'review', element: <ReviewPage /> },
              { path: 'analytics', element: <AnalyticsPage /> },
              { path: 'lots', element: <LotsListPage /> },
              { path: 'lots/:id', element: <LotDetailPage /> },
              { path: 'lots/:id/investment-case', element: <InvestmentCasePage /> },
              { path: 'support-measures', element: <SupportMeasuresPage /> },
              { path: 'subscriptions', element: <SubscriptionsPage /> },
              { path: 'organizations/:id', element: <OrganizationProfilePage /> },
              { path: 'console', element: <VerificationQueuePage /> },
              { path: 'console/search', element: <ConsoleSearchPage /> },
              { path: 'console/sites', element: <ConsoleSitesPage /> },
              { path: 'console/residencies', element: <ConsoleResidenciesPage /> },
              { path: 'settings/organization', element: <OrganizationSettingsPage /> },
              { path: 'account', element: <AccountPage /> },
            ],
          },
          {
            element: <GuestRoute />,
            children: [
              { path: 'sign-in', element: <SignInPage /> },
              { path: 'register', element: <RegisterPage /> },
              { path: 'forgot-password', element: <ForgotPasswordPage /> },
            ],
          },
          // Public: the e-mailed reset link works whether or not someone is signed in on this browser.
          { path: 'reset-password', element: <ResetPasswordPage /> },
          // Public: an invitation link is opened by someone who has no account yet.
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          // Public: an alert e-mail's signed link answers without signing in, and signed in too.
          { path: 'feedback/matches/:matchId', element: <MatchFeedbackPage /> },
          // Public: a digest e-mail's signed link turns its subscription's e-mails off without signing in.
          { path: 'unsubscribe', element: <UnsubscribePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
