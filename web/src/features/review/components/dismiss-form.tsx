import { matchReviewSchema } from '@zamena/shared/matching/matching.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';

type DismissFormProps = {
  matchId: string;
  busy: boolean;
  onDismiss: (reason: string) => void;
  onCancel: () => void;
};

/** A dismissal says why (labelled data for the matching's precision, DESIGN.md §4); Esc goes back. */
export function DismissForm({ matchId, busy, onDismiss, onCancel }: DismissFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const valid = matchReviewSchema.safeParse({ decision: 'dismiss', reason }).success;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid && !busy) onDismiss(reason.trim());
  };

  return (
    <form className="dismiss-form" onSubmit={submit} noValidate>
      <TextField
        id={`dismiss-${matchId}`}
        label={t('review.dismissReason')}
        hint={t('review.dismissHint')}
        value={reason}
        maxLength={1000}
        // The field appears because the analyst asked for it (d): it takes the focus at once.
        autoFocus
        error={tried && !valid ? t('review.reasonRequired') : undefined}
        onChange={(event) => setReason(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="review-actions">
        <Button type="submit" variant="secondary" className="button-small" busy={busy}>
          {t('review.dismissConfirm')}
        </Button>
        <Button variant="ghost" className="button-small" onClick={onCancel}>
          {t('review.cancel')}
        </Button>
      </div>
    </form>
  );
}
