import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLayout } from './auth-layout';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('signIn.title')} heading={t('signIn.heading')} intro={t('signIn.intro')}>
      <SignInForm />
      <p className="auth-forgot">
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p className="auth-switch">
        {t('signIn.noAccount')} <Link to="/register">{t('signIn.registerLink')}</Link>
      </p>
    </AuthLayout>
  );
}
