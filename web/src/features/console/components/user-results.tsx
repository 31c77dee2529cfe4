import type { UserSearchItem } from '@zamena/shared/auth/auth.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { StatusBadge } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useUserDisabled } from '../api/console-api';

/** Users found; an administrator disables or enables them here (their sessions end at once). */
export function UserResults({ items }: { items: UserSearchItem[] }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const toggle = useUserDisabled();
  const stateOf = (user: UserSearchItem) =>
    user.removed ? 'removed' : user.disabled ? 'disabled' : 'active';
  return (
    <>
      {toggle.isError ? <Alert tone="error">{problemMessage(t, toggle.error)}</Alert> : null}
      <DataTable
        caption={t('console.search.users')}
        rows={items}
        rowKey={(user) => user.id}
        columns={[
          {
            key: 'name',
            header: t('console.search.person'),
            label: t('console.search.person'),
            cell: (user) => (
              <>
                {user.fullName}
                <br />
                <span className="muted">{user.email}</span>
              </>
            ),
          },
          {
            key: 'organization',
            header: t('console.search.organization'),
            label: t('console.search.organization'),
            cell: (user) => <Link to={`/organizations/${user.organizationId}`}>{user.organizationName}</Link>,
          },
          {
            key: 'state',
            header: t('console.search.state'),
            label: t('console.search.state'),
            cell: (user) => (
              <StatusBadge tone={stateOf(user) === 'active' ? 'success' : 'neutral'}>
                {t(`console.search.states.${stateOf(user)}`)}
              </StatusBadge>
            ),
          },
          ...(session.user.isAdmin
            ? [
                {
                  key: 'action',
                  header: t('console.search.action'),
                  label: t('console.search.action'),
                  cell: (user: UserSearchItem) =>
                    user.removed || user.id === session.user.id ? null : (
                      <Button
                        variant="secondary"
                        busy={toggle.isPending && toggle.variables.userId === user.id}
                        onClick={() => toggle.mutate({ userId: user.id, disabled: !user.disabled })}
                      >
                        {user.disabled
                          ? t('console.search.enable', { name: user.fullName })
                          : t('console.search.disable', { name: user.fullName })}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
