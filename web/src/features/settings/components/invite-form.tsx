import { ROLES, type Invitation, type Role } from '@zamena/shared/auth/auth.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldMessagesFromProblem, formatFieldMessage } from '../../../i18n/field-messages';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useInvite } from '../api/settings-api';

/** The invitation's link, shown once to the owner to pass on (no e-mail is sent without SMTP). */
const linkOf = (invitation: Invitation) =>
  `${window.location.origin}/invitations/accept?token=${encodeURIComponent(invitation.token ?? '')}`;

export function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const invite = useInvite(organizationId);
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const messages = isApiError(invite.error) ? fieldMessagesFromProblem(invite.error) : {};
  const error = (path: string) => formatFieldMessage(t, messages[path]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(
      { email, fullName, role },
      {
        onSuccess: () => {
          setEmail('');
          setFullName('');
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby="invite-heading" noValidate>
      <h3 id="invite-heading">{t('settings.members.invite')}</h3>
      <div className="form-row">
        <TextField
          id="invite-email"
          type="email"
          label={t('settings.members.email')}
          value={email}
          error={error('email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="invite-name"
          label={t('settings.members.fullName')}
          value={fullName}
          error={error('fullName')}
          onChange={(event) => setFullName(event.target.value)}
        />
        <SelectField
          id="invite-role"
          label={t('settings.members.role')}
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {invite.isError && Object.keys(messages).length === 0 ? (
        <Alert tone="error">{problemMessage(t, invite.error)}</Alert>
      ) : null}
      {invite.data ? (
        <Alert tone="info">
          {t('settings.members.invited', { email: invite.data.email })}
          <br />
          <label htmlFor="invitation-link">{t('settings.members.link')}</label>
          <input id="invitation-link" className="input mono" readOnly value={linkOf(invite.data)} />
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={invite.isPending}>
          {t('settings.members.send')}
        </Button>
      </div>
    </form>
  );
}
