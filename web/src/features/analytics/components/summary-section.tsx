import { NEED_STATUSES } from '@zamena/shared/needs/needs.schemas';
import type { AnalyticsSummary } from '@zamena/shared/analytics/analytics.schemas';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../../components/ui/format';
import { Meter } from '../../../components/ui/meter';
import { formatShare, magnitude } from '../utils/analytics-format';
import { BarChart } from './bar-chart';

function duration(t: TFunction, hours: number | null, language: string): string {
  if (hours === null) return t('analytics.summary.noData');
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return hours < 48
    ? t('analytics.summary.hours', { n: number.format(hours) })
    : t('analytics.summary.days', { n: number.format(hours / 24) });
}

function Card({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="card stat-card">
      <dt className="stat-label">{label}</dt>
      <dd className="stat-value">{value}</dd>
      {note ? <dd className="stat-note muted">{note}</dd> : null}
    </div>
  );
}

/** Summary cards and the charts under them. */
export function SummarySection({ summary }: { summary: AnalyticsSummary }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { needs, capabilities, matching, orders } = summary;
  const rate = matching.matchRate;
  return (
    <section className="analytics-section" aria-labelledby="analytics-summary-heading">
      <h2 id="analytics-summary-heading">{t('analytics.summary.heading')}</h2>
      <dl className="stat-grid">
        <Card
          label={t('analytics.summary.needs')}
          value={String(needs.total)}
          note={`${t('analytics.summary.openValue')}: ${formatMoney(needs.openValue, language)}`}
        />
        <Card
          label={t('analytics.summary.capabilities')}
          value={String(capabilities.active)}
          note={t('analytics.summary.manufacturers', { n: capabilities.manufacturers })}
        />
        <Card
          label={t('analytics.summary.orders')}
          value={String(orders.count)}
          note={t('analytics.summary.ordersValue', { value: formatMoney(orders.value, language) })}
        />
        <Card
          label={t('analytics.summary.interregional')}
          value={formatMoney(orders.interregionalValue, language)}
          note={t('analytics.summary.interregionalCount', { n: orders.interregionalCount })}
        />
        <div className="card stat-card">
          <dt className="stat-label">{t('analytics.summary.matchRate')}</dt>
          <dd className="stat-value">
            {rate === null ? t('analytics.summary.noData') : formatShare(rate, language)}
          </dd>
          <dd className="stat-note">
            <Meter
              label={t('analytics.summary.matchRate')}
              value={rate ?? 0}
              valueText={`${matching.openNeedsMatched} / ${matching.openNeeds}`}
              size="small"
            />
          </dd>
        </div>
      </dl>
      <div className="chart-grid">
        <div className="card">
          <BarChart
            title={t('analytics.summary.byStatus')}
            bars={NEED_STATUSES.map((status) => ({
              key: status,
              label: t(`analytics.needStatus.${status}`),
              value: needs.byStatus[status],
              valueText: String(needs.byStatus[status]),
            }))}
          />
        </div>
        <div className="card">
          <BarChart
            title={t('analytics.summary.medians')}
            bars={[
              {
                key: 'match',
                label: t('analytics.summary.toFirstMatch'),
                value: matching.medianHoursToFirstMatch ?? 0,
                valueText: duration(t, matching.medianHoursToFirstMatch, language),
              },
              {
                key: 'acceptance',
                label: t('analytics.summary.toAcceptance'),
                value: orders.medianHoursToAcceptance ?? 0,
                valueText: duration(t, orders.medianHoursToAcceptance, language),
              },
            ]}
          />
        </div>
        <div className="card">
          <BarChart
            title={t('analytics.summary.interregional')}
            bars={[
              {
                key: 'interregional',
                label: t('analytics.map.legendFlow'),
                value: magnitude(orders.interregionalValue),
                valueText: formatMoney(orders.interregionalValue, language),
              },
              {
                key: 'all',
                label: t('analytics.summary.orders'),
                value: magnitude(orders.value),
                valueText: formatMoney(orders.value, language),
              },
            ]}
          />
        </div>
      </div>
      <p className="muted">
        {t('analytics.summary.generatedAt', { at: formatDateTime(summary.generatedAt, language) })}
      </p>
    </section>
  );
}
