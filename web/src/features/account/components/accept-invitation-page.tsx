import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { fieldMessagesFromProblem, formatFieldMessage } from '../../../i18n/field-messages';
import { currentLanguage } from '../../../i18n/i18n';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useAcceptInvitation } from '../api/account-api';

/** The invitation link's page: the invited person chooses a password and is signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const messages = isApiError(accept.error) ? fieldMessagesFromProblem(accept.error) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate(
      { token, password, language: currentLanguage() },
      { onSuccess: () => void navigate('/', { replace: true }) },
    );
  };

  return (
    <div className="page auth">
      <title>{`${t('account.invitation.title')} — ${t('app.name')}`}</title>
      <form className="form card auth-card" onSubmit={submit} noValidate>
        <PageHeader title={t('account.invitation.title')} lead={t('account.invitation.lead')} />
        <TextField
          id="password"
          type="password"
          autoComplete="new-password"
          label={t('account.invitation.password')}
          hint={t('account.password.hint')}
          value={password}
          error={formatFieldMessage(t, messages.password)}
          onChange={(event) => setPassword(event.target.value)}
        />
        {accept.isError && !messages.password ? (
          <Alert tone="error">
            {isApiError(accept.error, 'not_found')
              ? t('account.invitation.invalid')
              : problemMessage(t, accept.error)}
          </Alert>
        ) : null}
        <Button type="submit" busy={accept.isPending}>
          {t('account.invitation.join')}
        </Button>
      </form>
    </div>
  );
}
