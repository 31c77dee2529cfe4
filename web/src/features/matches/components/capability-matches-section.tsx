import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useCapabilityMatches } from '../api/matches-api';
import { isAnalyst } from '../utils/match-permissions';
import { NeedMatchCard } from './need-match-card';
import '../matches.css';

/** "Needs that fit" on a capability page: its manufacturer and analysts see them (DESIGN.md §3). */
export function CapabilityMatchesSection({ capability }: { capability: Capability }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const owner = capability.manufacturerOrganizationId === session.organization.id;
  const visible = owner || isAnalyst(session);
  const matches = useCapabilityMatches(capability.id, visible);

  if (!visible) return null;
  const items = matches.data?.items ?? [];
  // The manufacturer bids itself; an administrator acting for it does not (only enterprises bid).
  const canBid = owner && !session.user.isAdmin && session.organization.kind === 'enterprise';

  return (
    <section
      className="deal-section"
      aria-labelledby="capability-fits-heading"
      data-section="capability-fits"
    >
      <div className="section-heading">
        <h2 id="capability-fits-heading">{t('matches.forCapability.heading')}</h2>
        {items.length > 0 ? (
          <span className="muted">{t('matches.forCapability.count', { n: items.length })}</span>
        ) : null}
      </div>
      {matches.isPending ? <Spinner label={t('app.loading')} /> : null}
      {matches.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void matches.refetch()}>
              {t('matches.retry')}
            </Button>
          }
        >
          {problemMessage(t, matches.error)}
        </Alert>
      ) : null}
      {matches.isSuccess && items.length === 0 ? (
        <EmptyState
          heading={
            capability.active
              ? t('matches.forCapability.emptyHeading')
              : t('matches.forCapability.inactiveHeading')
          }
          level={3}
          actions={
            <Link className="button button-secondary" to="/needs">
              {t('matches.forCapability.browseNeeds')}
            </Link>
          }
        >
          <p>
            {capability.active
              ? t('matches.forCapability.emptyBody')
              : t('matches.forCapability.inactiveBody')}
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <ol className="match-list">
          {items.map((match) => (
            <NeedMatchCard key={match.id} match={match} canBid={canBid} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
