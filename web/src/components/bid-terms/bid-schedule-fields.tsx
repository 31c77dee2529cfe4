import { SCHEDULE_MAX_LINES } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/button';
import { formatQuantity } from '../ui/format';
import { TextField } from '../ui/text-field';
import { lineCount, remainingToSchedule, type ScheduleKey } from './bid-terms-values';
import { translateTermsError } from './bid-terms-errors';
import type { TermsFormApi } from './terms-form-api';
import './bid-terms.css';

type Props = {
  form: TermsFormApi;
  unit: string;
  okeiUnit: string | null;
  maxDate: string | null;
  /** What the dates are held to, when not the need's date (a lot pools several). */
  hint?: string;
};

/** Dated partial deliveries; what is left to schedule is shown as the lines change. */
export function BidScheduleFields({ form, unit, okeiUnit, maxDate, hint }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { values } = form;
  const field = (name: ScheduleKey) => ({
    ...form.field(name),
    error: translateTermsError(t, form.error(name)),
  });
  const lines = lineCount(values);
  const remaining = remainingToSchedule(values.quantity, values);
  const key = (index: number, part: 'date' | 'quantity') => `schedule.${index}.${part}` as ScheduleKey;

  const add = () => {
    form.setValue(key(lines, 'date'), '');
    const left = remainingToSchedule(values.quantity, values);
    form.setValue(key(lines, 'quantity'), left && !left.startsWith('-') && left !== '0' ? left : '');
    form.setValue('schedule', String(lines + 1));
  };
  // The lines after the removed one move up, so the form never keeps a gap.
  const remove = (index: number) => {
    for (let next = index; next < lines - 1; next++) {
      form.setValue(key(next, 'date'), values[key(next + 1, 'date')] ?? '');
      form.setValue(key(next, 'quantity'), values[key(next + 1, 'quantity')] ?? '');
    }
    form.setValue('schedule', String(lines - 1));
  };

  const status =
    remaining === null
      ? null
      : remaining === '0'
        ? t('bids.termsForm.complete')
        : remaining.startsWith('-')
          ? t('bids.termsForm.over', { quantity: formatQuantity(remaining.slice(1), okeiUnit, language) })
          : t('bids.termsForm.remaining', { quantity: formatQuantity(remaining, okeiUnit, language) });
  const sumError = translateTermsError(t, form.error('schedule'));

  return (
    <fieldset className="bid-schedule" aria-describedby="schedule-hint">
      <legend>{t('bids.termsForm.schedule')}</legend>
      <p className="muted section-hint" id="schedule-hint">
        {hint ?? t('bids.termsForm.scheduleHint')}
      </p>
      {Array.from({ length: lines }, (_, index) => (
        <div className="form-row bid-schedule-line" key={index}>
          <TextField
            {...field(key(index, 'date'))}
            type="date"
            max={maxDate ?? undefined}
            label={t('bids.termsForm.date', { n: index + 1 })}
          />
          <TextField
            {...field(key(index, 'quantity'))}
            label={t('bids.termsForm.quantity', { n: index + 1, unit })}
            inputMode="decimal"
            autoComplete="off"
          />
          <Button variant="ghost" className="button-small" onClick={() => remove(index)}>
            {t('bids.termsForm.removeLine')}
            <span className="visually-hidden"> {t('bids.termsForm.removeLineLabel', { n: index + 1 })}</span>
          </Button>
        </div>
      ))}
      {lines > 0 && status ? (
        <p className="bid-schedule-status" aria-live="polite">
          {status}
        </p>
      ) : null}
      {sumError ? (
        <p className="field-error" id="schedule-error" role="alert">
          {sumError}
        </p>
      ) : null}
      {lines < SCHEDULE_MAX_LINES ? (
        <Button variant="secondary" className="button-small" onClick={add}>
          {t('bids.termsForm.addLine')}
        </Button>
      ) : null}
    </fieldset>
  );
}
