import type { Match } from '@zamena/shared/matching/matching.schemas';
import type { Need } from '@zamena/shared/needs/needs.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useNeedMatches } from '../api/matches-api';
import { canInvite, seesNeedMatches } from '../utils/match-permissions';
import { needMatchesEmptyState } from '../utils/need-matches-empty-state';
import { InviteDialog } from './invite-dialog';
import { SupplierMatchCard } from './supplier-match-card';
import '../matches.css';

/** "Matched suppliers" on a need page: best first, each score explained, an invitation one click away. */
export function NeedMatchesSection({ need }: { need: Need }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const visible = seesNeedMatches(session, need);
  const matches = useNeedMatches(need.id, visible);
  // The dialog stays mounted after closing so the browser returns focus to the button that opened it.
  const [inviting, setInviting] = useState<{ match: Match; open: boolean } | null>(null);
  const [invited, setInvited] = useState<ReadonlySet<string>>(new Set());
  const invites = canInvite(session, need);

  if (!visible) return null;
  const items = matches.data?.items ?? [];

  return (
    <section className="deal-section" aria-labelledby="need-matches-heading" data-section="need-matches">
      <div className="section-heading">
        <h2 id="need-matches-heading">{t('matches.forNeed.heading')}</h2>
        {items.length > 0 ? (
          <span className="muted">{t('matches.forNeed.count', { n: items.length })}</span>
        ) : null}
      </div>
      {items.length > 0 ? <p className="muted section-hint">{t('matches.forNeed.hint')}</p> : null}
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
        <EmptyState heading={t(`matches.forNeed.${needMatchesEmptyState(need.status)}Heading`)} level={3}>
          <p>{t(`matches.forNeed.${needMatchesEmptyState(need.status)}Body`)}</p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <ol className="match-list">
          {items.map((match, index) => (
            <SupplierMatchCard
              key={match.id}
              match={match}
              rank={index + 1}
              invited={invited.has(match.id)}
              onInvite={invites ? (match) => setInviting({ match, open: true }) : undefined}
            />
          ))}
        </ol>
      ) : null}
      {inviting ? (
        <InviteDialog
          key={inviting.match.id}
          need={need}
          match={inviting.match}
          open={inviting.open}
          onClose={() => setInviting({ ...inviting, open: false })}
          onSent={(match) => {
            setInvited((current) => new Set(current).add(match.id));
            setInviting({ match, open: false });
          }}
        />
      ) : null}
    </section>
  );
}
