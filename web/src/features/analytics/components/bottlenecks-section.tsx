import type { BottleneckGroup } from '@zamena/shared/analytics/analytics.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { Spinner } from '../../../components/ui/spinner';
import { StatusBadge } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { type AnalyticsScope, useBottlenecks } from '../api/analytics-api';

type BottlenecksSectionProps = { scope: AnalyticsScope; nameOfCode: (code: string) => string };

/**
 * Open needs without a strong match or a live bid — those nobody in the country makes at once, critical
 * ones after a while — grouped by OKPD2 class and region, the longest open first.
 */
export function BottlenecksSection({ scope, nameOfCode }: BottlenecksSectionProps) {
  const { t } = useTranslation();
  const query = useBottlenecks(scope);
  const data = query.data;
  return (
    <section className="analytics-section" aria-labelledby="analytics-bottlenecks-heading">
      <h2 id="analytics-bottlenecks-heading">{t('analytics.bottlenecks.heading')}</h2>
      {data ? <p className="muted">{t('analytics.bottlenecks.lead', { days: data.afterDays })}</p> : null}
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
      {data && data.groups.length === 0 ? (
        <EmptyState heading={t('analytics.bottlenecks.emptyHeading')} level={3}>
          <p>{t('analytics.bottlenecks.emptyBody', { days: data.afterDays })}</p>
        </EmptyState>
      ) : null}
      {data && data.groups.length > 0 ? (
        <>
          <p>{t('analytics.bottlenecks.total', { needs: data.totalNeeds, groups: data.totalGroups })}</p>
          <DataTable<BottleneckGroup>
            caption={t('analytics.bottlenecks.caption')}
            rows={data.groups}
            rowKey={(group) => `${group.okpd2Class}-${group.regionCode}`}
            columns={[
              {
                key: 'class',
                header: t('analytics.bottlenecks.class'),
                label: t('analytics.bottlenecks.class'),
                cell: (group) => (
                  <>
                    <span className="code">{group.okpd2Class}</span> {group.okpd2ClassName ?? ''}
                  </>
                ),
              },
              {
                key: 'region',
                header: t('analytics.bottlenecks.region'),
                label: t('analytics.bottlenecks.region'),
                cell: (group) => nameOfCode(group.regionCode),
              },
              {
                key: 'count',
                header: t('analytics.bottlenecks.count'),
                label: t('analytics.bottlenecks.count'),
                cell: (group) => group.count,
                className: 'numeric',
              },
              {
                key: 'days',
                header: t('analytics.bottlenecks.maxDays'),
                label: t('analytics.bottlenecks.maxDays'),
                cell: (group) => group.maxDaysOpen,
                className: 'numeric',
              },
              {
                key: 'needs',
                header: t('analytics.bottlenecks.needs'),
                label: t('analytics.bottlenecks.needs'),
                cell: (group) => (
                  <ul className="plain-list">
                    {group.needs.map((need) => (
                      <li key={need.id}>
                        <Link to={`/needs/${need.id}`}>{need.title}</Link>{' '}
                        {need.noDomesticSupplier ? (
                          <StatusBadge tone="warning">
                            {t('analytics.bottlenecks.noDomesticSupplier')}
                          </StatusBadge>
                        ) : null}{' '}
                        <span className="muted">
                          {t('analytics.bottlenecks.daysOpen', { n: need.daysOpen })}
                        </span>
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
