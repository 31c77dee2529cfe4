import type { Niche } from '@zamena/shared/analytics/analytics.schemas';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime, formatMoney, formatQuantity } from '../../../components/ui/format';
import { Meter } from '../../../components/ui/meter';
import { saveFile } from '../../../components/ui/save-file';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { type AnalyticsScope, useNiches, useNichesExport } from '../api/analytics-api';
import { formatShare } from '../utils/analytics-format';
import { NicheSupport } from './niche-support';

/** Kinds in demand across regions with few domestic makers; the same ranking downloads as XLSX. */
export function NichesSection({ scope }: { scope: AnalyticsScope }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const query = useNiches(scope);
  const exporter = useNichesExport();
  const data = query.data;

  const download = () =>
    exporter.mutate(scope, {
      onSuccess: ({ blob, filename }) => saveFile(blob, filename ?? 'niches.xlsx'),
    });

  return (
    <section className="analytics-section" aria-labelledby="analytics-niches-heading">
      <div className="section-heading-row">
        <h2 id="analytics-niches-heading">{t('analytics.niches.heading')}</h2>
        <Button variant="secondary" busy={exporter.isPending} onClick={download}>
          {exporter.isPending ? t('analytics.niches.exporting') : t('analytics.niches.export')}
        </Button>
      </div>
      <p className="muted">
        {t('analytics.niches.lead')}{' '}
        {data?.asOf
          ? t('analytics.niches.asOf', { at: formatDateTime(data.asOf, language) })
          : data
            ? t('analytics.niches.notComputed')
            : null}
      </p>
      {exporter.isError ? <Alert tone="error">{problemMessage(t, exporter.error)}</Alert> : null}
      {query.isPending ? <Spinner label={t('app.loading')} /> : null}
      {query.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void query.refetch()}>
              {t('analytics.retry')}
            </Button>
          }
        >
          {problemMessage(t, query.error)}
        </Alert>
      ) : null}
      {data && data.items.length === 0 ? (
        <EmptyState heading={t('analytics.niches.emptyHeading')} level={3}>
          <p>{t('analytics.niches.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {data && data.items.length > 0 ? (
        <DataTable<Niche>
          caption={t('analytics.niches.caption')}
          rows={data.items}
          rowKey={(niche) => `${niche.okpd2Kind}-${niche.unit}`}
          columns={[
            {
              key: 'kind',
              header: t('analytics.niches.kind'),
              label: t('analytics.niches.kind'),
              cell: (niche) => (
                <>
                  <span className="code">{niche.okpd2Kind}</span> {niche.okpd2KindName ?? ''}
                </>
              ),
            },
            {
              key: 'regions',
              header: t('analytics.niches.regions'),
              label: t('analytics.niches.regions'),
              cell: (niche) => niche.regionsCount,
              className: 'numeric',
            },
            {
              key: 'demand',
              header: t('analytics.niches.demand'),
              label: t('analytics.niches.demand'),
              cell: (niche) => (
                <>
                  {formatQuantity(niche.totalQuantity, niche.unit, language)}
                  <br />
                  <span className="muted">{formatMoney(niche.totalValue, language)}</span>
                </>
              ),
              className: 'numeric',
            },
            {
              key: 'capabilities',
              header: t('analytics.niches.capabilities'),
              label: t('analytics.niches.capabilities'),
              cell: (niche) => niche.capabilitiesCount,
              className: 'numeric',
            },
            {
              key: 'coverage',
              header: t('analytics.niches.coverage'),
              label: t('analytics.niches.coverage'),
              cell: (niche) => (
                <Meter
                  label={t('analytics.niches.coverage')}
                  value={Math.min(niche.coverage, 1)}
                  valueText={formatShare(Math.min(niche.coverage, 99.99), language)}
                  size="small"
                />
              ),
            },
            {
              key: 'unmet',
              header: t('analytics.niches.unmet'),
              label: t('analytics.niches.unmet'),
              cell: (niche) =>
                niche.unmetValue
                  ? formatMoney(niche.unmetValue, language)
                  : formatQuantity(niche.unmetQuantity, niche.unit, language),
              className: 'numeric',
            },
            {
              key: 'more',
              header: t('analytics.niches.more'),
              label: t('analytics.niches.more'),
              cell: (niche) => <NicheSupport niche={niche} />,
            },
          ]}
        />
      ) : null}
    </section>
  );
}
