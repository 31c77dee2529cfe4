import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { formatDate } from '../../../components/ui/format';
import { problemMessage } from '../../../i18n/problem-message';
import { usePendingInvitations, useWithdrawInvitation } from '../api/settings-api';

/** Invitations sent and not yet answered: who, by whom, until when; the owner can withdraw one. */
export function PendingInvitations({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const invitations = usePendingInvitations(organizationId);
  const withdraw = useWithdrawInvitation(organizationId);
  const items = invitations.data?.items ?? [];
  const failure = invitations.error ?? withdraw.error;

  return (
    <section aria-labelledby="pending-invitations-heading">
      <h3 id="pending-invitations-heading">{t('settings.members.pending')}</h3>
      {failure ? <Alert tone="error">{problemMessage(t, failure)}</Alert> : null}
      {invitations.isSuccess && items.length === 0 ? (
        <p className="muted">{t('settings.members.pendingNone')}</p>
      ) : null}
      {items.length > 0 ? (
        <ul className="plain-list">
          {items.map((invitation) => (
            <li key={invitation.id} className="pending-invitation">
              <div>
                <strong>{invitation.fullName}</strong> · {invitation.email} · {t(`role.${invitation.role}`)}
                <br />
                <span className="muted">
                  {t('settings.members.pendingOf', {
                    name: invitation.invitedBy,
                    date: formatDate(invitation.invitedAt.slice(0, 10), i18n.language),
                    expires: formatDate(invitation.expiresAt.slice(0, 10), i18n.language),
                  })}
                </span>
              </div>
              <Button
                variant="secondary"
                aria-label={t('settings.members.withdraw', { email: invitation.email })}
                disabled={withdraw.isPending}
                onClick={() => withdraw.mutate(invitation.id)}
              >
                {t('settings.members.withdrawShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
