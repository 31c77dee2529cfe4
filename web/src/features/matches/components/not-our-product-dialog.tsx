import { type Match, matchFeedbackSchema } from '@zamena/shared/matching/matching.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';
import { useNotOurProduct } from '../api/matches-api';

type NotOurProductDialogProps = {
  match: Match;
  open: boolean;
  onClose: () => void;
  onAnswered: (match: Match) => void;
};

/** The field stops where the API would refuse the note. */
const NOTE_MAX = matchFeedbackSchema.shape.note.unwrap().maxLength ?? undefined;

/**
 * "Not our product" asks once more before it suppresses the pair for good; the note is optional.
 * Mounted per match (keyed by the caller), so the note starts empty for each alert.
 */
export function NotOurProductDialog({ match, open, onClose, onAnswered }: NotOurProductDialogProps) {
  const { t } = useTranslation();
  const answer = useNotOurProduct(match.capabilityId);
  const [note, setNote] = useState('');

  return (
    <ConfirmDialog
      open={open}
      title={t('matches.feedback.title')}
      confirmLabel={answer.isPending ? t('matches.feedback.sending') : t('matches.feedback.confirm')}
      cancelLabel={t('matches.feedback.cancel')}
      busy={answer.isPending}
      onConfirm={() =>
        answer.mutate(
          { matchId: match.id, note: note.trim() },
          { onSuccess: (answered) => onAnswered(answered) },
        )
      }
      onCancel={onClose}
      error={answer.isError ? <Alert tone="error">{problemMessage(t, answer.error)}</Alert> : null}
    >
      <p>{t('matches.feedback.body', { need: match.need.title, capability: match.capability.title })}</p>
      <TextareaField
        id={`not-our-product-${match.id}`}
        label={t('matches.feedback.note')}
        hint={t('matches.feedback.noteHint')}
        rows={3}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
    </ConfirmDialog>
  );
}
