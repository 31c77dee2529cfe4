import { LANGUAGES, type Me } from '@zamena/shared/auth/auth.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldMessagesFromProblem, formatFieldMessage } from '../../../i18n/field-messages';
import { changeLanguage } from '../../../i18n/i18n';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useUpdateMe } from '../api/account-api';

type Language = (typeof LANGUAGES)[number];

/** Name and language: the language is saved on the user, so e-mails follow it, and the page too. */
export function AccountProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const [fullName, setFullName] = useState(me.user.fullName);
  const [language, setLanguage] = useState<Language>(me.user.language);
  const messages = isApiError(update.error) ? fieldMessagesFromProblem(update.error) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ fullName, language }, { onSuccess: () => void changeLanguage(language) });
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="account-profile-heading" noValidate>
      <h2 id="account-profile-heading">{t('account.profile.title')}</h2>
      <TextField
        id="fullName"
        label={t('account.profile.fullName')}
        value={fullName}
        error={formatFieldMessage(t, messages.fullName)}
        onChange={(event) => setFullName(event.target.value)}
      />
      <p className="muted">{t('account.profile.email', { email: me.user.email })}</p>
      <SelectField
        id="language"
        label={t('account.profile.language')}
        hint={t('account.profile.languageHint')}
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((value) => (
          <option key={value} value={value} lang={value}>
            {t(`language.${value}`)}
          </option>
        ))}
      </SelectField>
      {update.isError && !messages.fullName ? (
        <Alert tone="error">{problemMessage(t, update.error)}</Alert>
      ) : null}
      {update.isSuccess ? <Alert tone="info">{t('account.saved')}</Alert> : null}
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          {t('account.profile.save')}
        </Button>
      </div>
    </form>
  );
}
