import type { Match } from '@zamena/shared/matching/matching.schemas';
import { postMessageSchema } from '@zamena/shared/messages/messages.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatDate, formatQuantity } from '../../../components/ui/format';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useInviteSupplier } from '../api/matches-api';

type InviteDialogProps = {
  need: Need;
  match: Match;
  open: boolean;
  onClose: () => void;
  onSent: (match: Match) => void;
};

/**
 * The invitation goes into the supplier's thread about this need; the text is prefilled and editable.
 * Mounted per match (keyed by the caller), so the text starts fresh for each supplier.
 */
export function InviteDialog({ need, match, open, onClose, onSent }: InviteDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const invite = useInviteSupplier(need.id);
  const [body, setBody] = useState(() =>
    t('matches.invite.template', {
      manufacturer: match.manufacturer.name,
      capability: match.capability.title,
      need: need.title,
      quantity: formatQuantity(need.quantity, need.unit, language),
      date: formatDate(need.neededBy, language),
    }),
  );
  const [tried, setTried] = useState(false);
  const parsed = postMessageSchema.safeParse({
    body,
    supplierOrganizationId: match.manufacturerOrganizationId,
  });
  const fieldError = tried && !parsed.success ? t('matches.invite.empty') : undefined;

  const send = () => {
    setTried(true);
    if (!parsed.success) return;
    invite.mutate(
      { body: parsed.data.body, supplierOrganizationId: match.manufacturerOrganizationId },
      { onSuccess: () => onSent(match) },
    );
  };

  return (
    <ConfirmDialog
      open={open}
      title={t('matches.invite.title', { manufacturer: match.manufacturer.name })}
      confirmLabel={invite.isPending ? t('matches.invite.sending') : t('matches.invite.send')}
      cancelLabel={t('matches.invite.cancel')}
      busy={invite.isPending}
      onConfirm={send}
      onCancel={onClose}
      error={invite.isError ? <Alert tone="error">{problemMessage(t, invite.error)}</Alert> : null}
    >
      <p>{t('matches.invite.body')}</p>
      <TextareaField
        id="invite-message"
        label={t('matches.invite.message')}
        rows={7}
        maxLength={5000}
        value={body}
        error={fieldError}
        onChange={(event) => setBody(event.target.value)}
      />
    </ConfirmDialog>
  );
}
