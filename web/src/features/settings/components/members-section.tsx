import { ROLES, type Role, type User } from '@zamena/shared/auth/auth.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useMemberRole, useMembers, useRemoveMember } from '../api/settings-api';
import { InviteForm } from './invite-form';
import { PendingInvitations } from './pending-invitations';

/** Members with their roles; the owner changes roles, removes members (their sessions end) and invites. */
export function MembersSection({ organizationId, meId }: { organizationId: string; meId: string }) {
  const { t } = useTranslation();
  const members = useMembers(organizationId);
  const role = useMemberRole(organizationId);
  const remove = useRemoveMember(organizationId);
  const [removing, setRemoving] = useState<User | null>(null);
  const failure = role.error ?? remove.error;

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('settings.members.title')}</h2>
      {members.isPending ? <Spinner label={t('app.loading')} /> : null}
      {failure && !removing ? <Alert tone="error">{problemMessage(t, failure)}</Alert> : null}
      <DataTable
        caption={t('settings.members.title')}
        rows={members.data?.items ?? []}
        rowKey={(user) => user.id}
        columns={[
          {
            key: 'name',
            header: t('settings.members.fullName'),
            label: t('settings.members.fullName'),
            cell: (user) => (
              <>
                {user.fullName}
                {user.id === meId ? ` ${t('settings.members.you')}` : ''}
                <br />
                <span className="muted">{user.email}</span>
              </>
            ),
          },
          {
            key: 'role',
            header: t('settings.members.role'),
            label: t('settings.members.role'),
            cell: (user) => (
              <select
                className="input select"
                aria-label={t('settings.members.roleOf', { name: user.fullName })}
                value={user.role}
                onChange={(event) => role.mutate({ userId: user.id, role: event.target.value as Role })}
              >
                {ROLES.map((value) => (
                  <option key={value} value={value}>
                    {t(`role.${value}`)}
                  </option>
                ))}
              </select>
            ),
          },
          {
            key: 'remove',
            header: t('settings.members.actions'),
            label: t('settings.members.actions'),
            cell: (user) =>
              user.id === meId ? null : (
                <Button variant="secondary" onClick={() => setRemoving(user)}>
                  {t('settings.members.remove', { name: user.fullName })}
                </Button>
              ),
          },
        ]}
      />
      <PendingInvitations organizationId={organizationId} />
      <InviteForm organizationId={organizationId} />
      <ConfirmDialog
        open={removing !== null}
        title={t('settings.members.removeTitle', { name: removing?.fullName ?? '' })}
        confirmLabel={t('settings.members.removeConfirm')}
        cancelLabel={t('settings.cancel')}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        error={remove.isError ? <Alert tone="error">{problemMessage(t, remove.error)}</Alert> : null}
      >
        <p>{t('settings.members.removeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
