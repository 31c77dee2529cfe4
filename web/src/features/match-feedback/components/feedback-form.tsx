import { matchFeedbackSchema, type MatchFeedbackSubject } from '@zamena/shared/matching/matching.schemas';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';

type FeedbackFormProps = {
  subject: MatchFeedbackSubject;
  busy: boolean;
  error: unknown;
  onConfirm: (note: string) => void;
};

/** The field stops where the API would refuse the note. */
const NOTE_MAX = matchFeedbackSchema.shape.note.unwrap().maxLength ?? undefined;

/** Which alert the link is about, an optional note, and one button: the whole answer. */
export function FeedbackForm({ subject, busy, error, onConfirm }: FeedbackFormProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(note.trim());
  };

  return (
    <section className="card feedback-card" aria-labelledby="feedback-heading">
      <p className="eyebrow">{t('matchFeedback.eyebrow')}</p>
      <h1 id="feedback-heading" tabIndex={-1}>
        {t('matchFeedback.heading')}
      </h1>
      <p className="lead">{t('matchFeedback.lead', { manufacturer: subject.manufacturerName })}</p>
      <dl className="feedback-subject">
        <div>
          <dt>{t('matchFeedback.need')}</dt>
          <dd>{subject.needTitle}</dd>
        </div>
        <div>
          <dt>{t('matchFeedback.capability')}</dt>
          <dd>{subject.capabilityTitle}</dd>
        </div>
      </dl>
      <p>{t('matchFeedback.effect')}</p>
      <form className="feedback-form" onSubmit={submit} noValidate>
        <TextareaField
          id="feedback-note"
          label={t('matches.feedback.note')}
          hint={t('matches.feedback.noteHint')}
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {error ? <Alert tone="error">{problemMessage(t, error)}</Alert> : null}
        <Button type="submit" busy={busy}>
          {busy ? t('matchFeedback.sending') : t('matchFeedback.confirm')}
        </Button>
      </form>
      <p className="muted feedback-fits">
        {t('matchFeedback.fits')} <Link to={`/needs/${subject.needId}`}>{t('matchFeedback.openNeed')}</Link>.
      </p>
    </section>
  );
}
