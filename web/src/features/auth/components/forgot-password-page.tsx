import { useRef } from 'react';
import { forgotPasswordSchema } from '@zamena/shared/auth/auth.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useForgotPassword } from '../api/password-reset';
import { AuthForm } from './auth-form';
import { AuthLayout } from './auth-layout';
import { EmailField } from './email-field';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useValidatedForm({
    schema: forgotPasswordSchema,
    initial: { email: '' },
    paths: { email: 'email' },
    toInput: (values) => values,
    formRef,
  });
  const submit = form.handleSubmit((input) =>
    forgot.mutate(input, { onError: (error) => form.showServerErrors(error) }),
  );

  return (
    <AuthLayout
      title={t('passwordReset.forgotTitle')}
      heading={t('passwordReset.forgotHeading')}
      intro={t('passwordReset.forgotIntro')}
    >
      {forgot.isSuccess ? (
        <Alert tone="info">{t('passwordReset.sent', { email: form.values.email })}</Alert>
      ) : (
        <AuthForm
          formRef={formRef}
          onSubmit={submit}
          mutation={forgot}
          submitLabel={t('passwordReset.send')}
          pendingLabel={t('passwordReset.sending')}
        >
          <EmailField {...form.field('email')} label={t('signIn.email')} autoComplete="username" required />
        </AuthForm>
      )}
      <p className="auth-switch">
        <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </AuthLayout>
  );
}
