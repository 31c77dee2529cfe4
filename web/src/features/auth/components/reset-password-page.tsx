import { useRef, useState } from 'react';
import { resetPasswordSchema } from '@zamena/shared/auth/auth.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { isApiError } from '../../../lib/api-client';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useResetPassword } from '../api/password-reset';
import { AuthForm } from './auth-form';
import { AuthLayout } from './auth-layout';
import { PasswordField } from './password-field';

/**
 * The e-mailed link's token travels in the fragment (`#token=…`), which browsers never send to a
 * server; it is read once and removed from the address bar and the history. It is kept for this page
 * load: the page may mount again (the signed-in session being restored around it) after the address
 * no longer holds it.
 */
let tokenOfThisLoad = '';
function takeTokenFromAddress(): string {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (token) {
    tokenOfThisLoad = token;
    window.history.replaceState(window.history.state, '', window.location.pathname);
  }
  return tokenOfThisLoad;
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(takeTokenFromAddress);
  const reset = useResetPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useValidatedForm({
    schema: resetPasswordSchema,
    initial: { newPassword: '' },
    paths: { newPassword: 'newPassword' },
    toInput: (values) => ({ token, newPassword: values.newPassword }),
    formRef,
  });
  const submit = form.handleSubmit((input) =>
    reset.mutate(input, { onError: (error) => form.showServerErrors(error) }),
  );
  // A token the server refused (used, expired) cannot be fixed on this page: ask for a new link.
  const linkRefused = isApiError(reset.error) && reset.error.errors.some((error) => error.path === 'token');

  return (
    <AuthLayout
      title={t('passwordReset.resetTitle')}
      heading={t('passwordReset.resetHeading')}
      intro={t('passwordReset.resetIntro')}
    >
      {reset.isSuccess ? (
        <Alert tone="info">{t('passwordReset.done')}</Alert>
      ) : token.length < 20 || linkRefused ? (
        <Alert tone="error" action={<Link to="/forgot-password">{t('passwordReset.requestNew')}</Link>}>
          {t('passwordReset.badLink')}
        </Alert>
      ) : (
        <AuthForm
          formRef={formRef}
          onSubmit={submit}
          mutation={reset}
          showProblem={!form.error('newPassword')}
          submitLabel={t('passwordReset.save')}
          pendingLabel={t('passwordReset.saving')}
        >
          <PasswordField
            {...form.field('newPassword')}
            label={t('passwordReset.newPassword')}
            hint={t('passwordReset.newPasswordHint')}
            autoComplete="new-password"
            required
          />
        </AuthForm>
      )}
      <p className="auth-switch">
        <Link to="/sign-in">{t('passwordReset.backToSignIn')}</Link>
      </p>
    </AuthLayout>
  );
}
