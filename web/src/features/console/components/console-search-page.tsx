import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../components/ui/use-debounced-value';
import { problemMessage } from '../../../i18n/problem-message';
import { useOrganizationSearch, useUserSearch } from '../api/console-api';
import { ConsoleTabs } from './console-tabs';
import { OrganizationResults } from './organization-results';
import { UserResults } from './user-results';
import '../console.css';

/** Organizations (name, INN, OGRN) and users (name, e-mail) found by one query. */
export function ConsoleSearchPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const organizations = useOrganizationSearch(q);
  const users = useUserSearch(q);
  const failed = organizations.error ?? users.error;

  return (
    <div className="page">
      <title>{`${t('console.search.title')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={t('console.nav')}
        title={t('console.search.title')}
        lead={t('console.search.lead')}
      />
      <ConsoleTabs />
      <form role="search" className="console-filter" onSubmit={(event) => event.preventDefault()}>
        <TextField
          id="console-q"
          type="search"
          label={t('console.search.query')}
          hint={t('console.search.hint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      {failed ? <Alert tone="error">{problemMessage(t, failed)}</Alert> : null}
      {q.length >= 2 ? (
        <>
          <section className="console-results" aria-labelledby="found-organizations">
            <h2 id="found-organizations" className="section-heading">
              {t('console.search.organizations')} ({organizations.data?.items.length ?? 0})
            </h2>
            {organizations.data?.items.length ? (
              <OrganizationResults items={organizations.data.items} />
            ) : (
              <p className="muted">{t('console.search.none')}</p>
            )}
          </section>
          <section className="console-results" aria-labelledby="found-users">
            <h2 id="found-users" className="section-heading">
              {t('console.search.users')} ({users.data?.items.length ?? 0})
            </h2>
            {users.data?.items.length ? (
              <UserResults items={users.data.items} />
            ) : (
              <p className="muted">{t('console.search.none')}</p>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
