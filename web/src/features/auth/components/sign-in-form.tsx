import { useRef } from 'react';
import { loginSchema } from '@zamena/shared/auth/auth.schemas';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { returnPath } from '../../../lib/return-path';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useSignIn } from '../api/sign-in';
import { AuthForm } from './auth-form';
import { EmailField } from './email-field';
import { PasswordField } from './password-field';

const PATHS = { email: 'email', password: 'password' };

export function SignInForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useValidatedForm({
    schema: loginSchema,
    initial: { email: '', password: '' },
    paths: PATHS,
    toInput: (values) => values,
    formRef,
  });

  const submit = form.handleSubmit((input) => {
    signIn.mutate(input, {
      onSuccess: () => void navigate(returnPath(location.state), { replace: true }),
      onError: (error) => form.showServerErrors(error),
    });
  });

  return (
    <AuthForm
      formRef={formRef}
      onSubmit={submit}
      mutation={signIn}
      submitLabel={t('signIn.submit')}
      pendingLabel={t('signIn.submitting')}
    >
      <EmailField {...form.field('email')} label={t('signIn.email')} autoComplete="username" required />
      <PasswordField
        {...form.field('password')}
        label={t('signIn.password')}
        autoComplete="current-password"
        required
      />
    </AuthForm>
  );
}
