import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import type { QueueParams } from '../api/review-api';

export const STATUS_FILTERS = ['proposed', 'approved', 'dismissed', 'proposed,approved,dismissed'] as const;
const STATUS_LABELS = {
  proposed: 'review.filters.proposed',
  approved: 'review.filters.approved',
  dismissed: 'review.filters.dismissed',
  'proposed,approved,dismissed': 'review.filters.all',
} as const;

type ReviewFiltersProps = { params: QueueParams; onChange: (params: QueueParams) => void };

export function ReviewFilters({ params, onChange }: ReviewFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="filters">
      <div className="filters-grid">
        <SelectField
          id="review-status"
          label={t('review.filters.status')}
          value={params.status}
          onChange={(event) => onChange({ ...params, status: event.target.value })}
        >
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(STATUS_LABELS[value])}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="review-sort"
          label={t('review.filters.sort')}
          value={params.sort}
          onChange={(event) =>
            onChange({ ...params, sort: event.target.value === 'date' ? 'date' : 'score' })
          }
        >
          <option value="score">{t('review.filters.byScore')}</option>
          <option value="date">{t('review.filters.byDate')}</option>
        </SelectField>
      </div>
    </div>
  );
}
