import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLayout } from './auth-layout';
import { RegisterForm } from './register-form';

export function RegisterPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('register.title')} heading={t('register.heading')} intro={t('register.intro')} wide>
      <RegisterForm />
      <p className="auth-switch">
        {t('register.haveAccount')} <Link to="/sign-in">{t('register.signInLink')}</Link>
      </p>
    </AuthLayout>
  );
}
