import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { RegionSelect } from '../../../components/ui/region-select';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { regionName, useRegions } from '../../../lib/regions';
import { type AnalyticsScope, useAnalyticsSummary } from '../api/analytics-api';
import { BottlenecksSection } from './bottlenecks-section';
import { MapSection } from './map-section';
import { NichesSection } from './niches-section';
import { SummarySection } from './summary-section';
import '../analytics.css';

const TABS = ['overview', 'map', 'bottlenecks', 'niches'] as const;
type Tab = (typeof TABS)[number];

function OverviewTab({ scope }: { scope: AnalyticsScope }) {
  const { t } = useTranslation();
  const summary = useAnalyticsSummary(scope);
  if (summary.isPending) return <Spinner label={t('app.loading')} />;
  if (summary.isError) {
    return (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => void summary.refetch()}>
            {t('analytics.retry')}
          </Button>
        }
      >
        {problemMessage(t, summary.error)}
      </Alert>
    );
  }
  return <SummarySection summary={summary.data} />;
}

/** The analyst workspace; a centre sees the same views, limited by the API to its own region. */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { user, organization } = useCurrentSession();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const analyst = user.isAdmin || organization.kind === 'association';
  const centre = !analyst && organization.kind === 'center';
  const tab: Tab = TABS.find((value) => value === params.get('tab')) ?? 'overview';
  const regionParam = params.get('region') ?? '';
  const region = analyst ? regionParam : centre ? organization.regionCode : '';
  const scope: AnalyticsScope = analyst && regionParam ? { region: regionParam } : {};

  const nameOfCode = (code: string) => {
    const found = regions.data?.find((item) => item.code === code);
    return found ? regionName(found, language) : code;
  };
  const title = region ? t('analytics.titleRegion', { region: nameOfCode(region) }) : t('analytics.title');
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: key === 'tab' });
  };

  if (!analyst && !centre) {
    return (
      <div className="page">
        <PageHeader title={t('analytics.title')} />
        <Alert tone="info">{t('analytics.noAccess')}</Alert>
      </div>
    );
  }

  return (
    <div className="page analytics-page">
      <title>{`${title} — ${t('app.name')}`}</title>
      <PageHeader
        title={title}
        lead={t('analytics.lead')}
        actions={
          <>
            {analyst ? (
              <Link className="button button-secondary" to="/review">
                {t('analytics.toReview')}
              </Link>
            ) : null}
            <Link className="button button-secondary" to="/lots">
              {t('analytics.toLots')}
            </Link>
          </>
        }
      >
        {centre ? <p className="muted">{t('analytics.regionOnlyNotice')}</p> : null}
      </PageHeader>
      {analyst ? (
        <div className="filters analytics-scope">
          <RegionSelect
            id="analytics-region"
            label={t('analytics.scope')}
            placeholder={t('analytics.wholeCountry')}
            value={regionParam}
            onChange={(event) => update('region', event.target.value)}
          />
        </div>
      ) : null}
      <nav className="analytics-tabs" aria-label={t('analytics.sections')}>
        <ul>
          {TABS.map((value) => (
            <li key={value}>
              <Link
                to={`?${new URLSearchParams({ ...(regionParam ? { region: regionParam } : {}), tab: value }).toString()}`}
                aria-current={tab === value ? 'page' : undefined}
                className="analytics-tab"
                replace
              >
                {t(`analytics.tabs.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'overview' ? <OverviewTab scope={scope} /> : null}
      {tab === 'map' ? <MapSection scope={scope} nameOfCode={nameOfCode} /> : null}
      {tab === 'bottlenecks' ? <BottlenecksSection scope={scope} nameOfCode={nameOfCode} /> : null}
      {tab === 'niches' ? <NichesSection scope={scope} /> : null}
    </div>
  );
}
