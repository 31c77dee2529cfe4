import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useMe } from '../api/account-api';
import { AccountProfileForm } from './account-profile-form';
import { PasswordForm } from './password-form';
import { PreferencesForm } from './preferences-form';
import '../account.css';

/** My account: name and language, password, notification switches. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="page account-page">
      <title>{`${t('account.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('account.title')} lead={t('account.lead')} />
      {me.isPending ? <Spinner label={t('app.loading')} /> : null}
      {me.isError ? <Alert tone="error">{problemMessage(t, me.error)}</Alert> : null}
      {me.data ? (
        <>
          <AccountProfileForm me={me.data} />
          <PasswordForm />
          <PreferencesForm me={me.data} />
        </>
      ) : null}
    </div>
  );
}
