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
const DashboardPage = lazy(() =>
  import('../features/dashboard/components/dashboard-page').then((m) => ({ default: m.DashboardPage })),
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
            children: [{ index: true, element: <DashboardPage /> }],
          },
          {
            element: <GuestRoute />,
            children: [
              { path: 'sign-in', element: <SignInPage /> },
              { path: 'register', element: <RegisterPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
