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
import { needMatchesState } from '../utils/need-matches-state';
import { InviteDialog } from './invite-dialog';
import { NoDomesticSupplier } from './no-domestic-supplier';
import { SupplierMatchList } from './supplier-match-list';
import '../matches.css';

/**
 * "Matched suppliers" on a need page: the alerted manufacturers first, then the possible matches that
 * alerted nobody, or plainly that nobody in the country makes it; each score explained, an invitation
 * one click away.
 */
export function NeedMatchesSection({ need }: { need: Need }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const visible = seesNeedMatches(session, need);
  const matches = useNeedMatches(need.id, { enabled: visible, open: need.status === 'open' });
  // The dialog stays mounted after closing so the browser returns focus to the button that opened it.
  const [inviting, setInviting] = useState<{ match: Match; open: boolean } | null>(null);
  const [invited, setInvited] = useState<ReadonlySet<string>>(new Set());
  const onInvite = canInvite(session, need)
    ? (match: Match) => setInviting({ match, open: true })
    : undefined;

  if (!visible) return null;
  const state = matches.data ? needMatchesState(need.status, matches.data) : null;
  const items = matches.data?.items ?? [];
  const strong = items.filter((match) => match.notified);
  const possible = items.filter((match) => !match.notified);
  const listed = state === 'listed' || state === 'noSupplier';

  return (
    <section className="deal-section" aria-labelledby="need-matches-heading" data-section="need-matches">
      <h2 id="need-matches-heading">{t('matches.forNeed.heading')}</h2>
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
      {state === 'noSupplier' ? <NoDomesticSupplier withPossible={possible.length > 0} /> : null}
      {state && !listed ? (
        <EmptyState heading={t(`matches.forNeed.${state}Heading`)} level={3}>
          <p>{t(`matches.forNeed.${state}Body`)}</p>
        </EmptyState>
      ) : null}
      {listed && items.length > 0 ? (
        <div className="match-tiers">
          <p className="muted">{t('matches.forNeed.hint')}</p>
          {strong.length > 0 ? (
            <SupplierMatchList tier="strong" matches={strong} invited={invited} onInvite={onInvite} />
          ) : null}
          {possible.length > 0 ? (
            <SupplierMatchList tier="possible" matches={possible} invited={invited} onInvite={onInvite} />
          ) : null}
        </div>
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
