import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { problemMessage } from '../../../i18n/problem-message';
import { useUnsubscribe } from '../api/subscriptions-api';

/**
 * The digest e-mail's unsubscribe link (`/unsubscribe?token=…`), public: the signed token stands for
 * the member. The digest is turned off by pressing the button, not by opening the page, so a mail
 * scanner that follows links turns nothing off.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const unsubscribe = useUnsubscribe();

  return (
    <div className="page">
      <title>{`${t('subscriptions.unsubscribe.title')} — ${t('app.name')}`}</title>
      <PageHeader title={t('subscriptions.unsubscribe.title')} lead={t('subscriptions.unsubscribe.lead')} />
      {unsubscribe.isSuccess ? (
        <Alert tone="info">{t('subscriptions.unsubscribe.done')}</Alert>
      ) : (
        <>
          {unsubscribe.isError ? <Alert tone="error">{problemMessage(t, unsubscribe.error)}</Alert> : null}
          {token ? (
            <Button busy={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
              {t('subscriptions.unsubscribe.confirm')}
            </Button>
          ) : (
            <Alert tone="error">{t('problems.invalid_link')}</Alert>
          )}
        </>
      )}
      <p>
        <Link to="/subscriptions">{t('subscriptions.unsubscribe.manage')}</Link>
      </p>
    </div>
  );
}
