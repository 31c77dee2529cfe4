import { useRef } from 'react';
import { loginSchema } from '@zamena/shared/auth/auth.schemas';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { problemMessage } from '../../../i18n/problem-message';
import { returnPath } from '../../../lib/return-path';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useSignIn } from '../api/sign-in';
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
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {signIn.isError ? <Alert tone="error">{problemMessage(t, signIn.error)}</Alert> : null}
      <TextField
        {...form.field('email')}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="off"
        required
      />
      <PasswordField
        {...form.field('password')}
        label={t('signIn.password')}
        autoComplete="current-password"
        required
      />
      <Button type="submit" className="button-block" busy={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </form>
  );
}
