import type { TrackRecord } from '@zamena/shared/organizations/organization-profile.schemas';
import { useTranslation } from 'react-i18next';

/** Figures from the exchange's own orders and alerts (DESIGN.md §5 "Organizations add"). */
export function TrackRecordCard({ record }: { record: TrackRecord }) {
  const { t, i18n } = useTranslation();
  const hours = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 1 });
  const score = new Intl.NumberFormat(i18n.resolvedLanguage, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const figures = [
    ['ordersCompleted', String(record.ordersCompleted)],
    ['onTime', String(record.onTime)],
    ['disputes', String(record.disputes)],
    [
      'rating',
      record.rating.count === 0
        ? t('organizationProfile.track.noRatings')
        : t('organizationProfile.track.ratingValue', {
            onTime: score.format(record.rating.onTime ?? 0),
            quality: score.format(record.rating.quality ?? 0),
            communication: score.format(record.rating.communication ?? 0),
            count: record.rating.count,
          }),
    ],
    [
      'medianAnswer',
      record.medianAnswerHours === null
        ? t('organizationProfile.track.noAnswers')
        : t('organizationProfile.track.hours', { value: hours.format(record.medianAnswerHours) }),
    ],
  ] as const;
  return (
    <section className="card" aria-labelledby="track-record-heading">
      <h2 id="track-record-heading">{t('organizationProfile.track.title')}</h2>
      <dl className="track-record">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`organizationProfile.track.${key}`)}</dt>
            <dd data-testid={`track-${key}`} className={/^\d/.test(value) ? undefined : 'track-text'}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted card-note">{t('organizationProfile.track.note')}</p>
    </section>
  );
}
