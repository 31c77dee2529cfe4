import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { fieldMessagesFromProblem, formatFieldMessage } from '../../../i18n/field-messages';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useChangePassword } from '../api/account-api';

/** A new password ends every other session; this device keeps a fresh one. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const messages = isApiError(change.error) ? fieldMessagesFromProblem(change.error) : {};
  const fieldErrors = Boolean(messages.currentPassword ?? messages.newPassword);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
        },
      },
    );
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="password-heading" noValidate>
      <h2 id="password-heading">{t('account.password.title')}</h2>
      <TextField
        id="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t('account.password.current')}
        value={currentPassword}
        error={formatFieldMessage(t, messages.currentPassword)}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <TextField
        id="newPassword"
        type="password"
        autoComplete="new-password"
        label={t('account.password.new')}
        hint={t('account.password.hint')}
        value={newPassword}
        error={formatFieldMessage(t, messages.newPassword)}
        onChange={(event) => setNew(event.target.value)}
      />
      {change.isError && !fieldErrors ? <Alert tone="error">{problemMessage(t, change.error)}</Alert> : null}
      {change.isSuccess ? <Alert tone="info">{t('account.password.changed')}</Alert> : null}
      <div className="form-actions">
        <Button type="submit" busy={change.isPending}>
          {t('account.password.save')}
        </Button>
      </div>
    </form>
  );
}
