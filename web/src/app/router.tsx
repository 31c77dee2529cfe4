import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { GuestRoute, ProtectedRoute } from './route-guards';
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
const OrderDetailPage = lazy(() =>
  import('../features/orders/components/order-detail-page').then((m) => ({ default: m.OrderDetailPage })),
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
const MatchFeedbackPage = lazy(() =>
  import('../features/match-feedback/components/match-feedback-page').then((m) => ({
    default: m.MatchFeedbackPage,
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
          {
            element: <ProtectedRoute />,
            children: [
              { index: true, element: <DashboardPage /> },
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
              { path: 'orders/:id', element: <OrderDetailPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'review', element: <ReviewPage /> },
              { path: 'analytics', element: <AnalyticsPage /> },
              { path: 'lots', element: <LotsListPage /> },
              { path: 'lots/:id', element: <LotDetailPage /> },
              { path: 'support-measures', element: <SupportMeasuresPage /> },
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
          // Public: an alert e-mail's signed link answers without signing in, and signed in too.
          { path: 'feedback/matches/:matchId', element: <MatchFeedbackPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
