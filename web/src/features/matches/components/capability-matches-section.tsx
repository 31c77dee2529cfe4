import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import type { Match } from '@zamena/shared/matching/matching.schemas';
import { useEffect, useRef, useState } from 'react';
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
import { answeredNoteId, NeedMatchCard } from './need-match-card';
import { NotOurProductDialog } from './not-our-product-dialog';
import '../matches.css';

/**
 * "Needs that fit" on a capability page: its manufacturer sees the alerts it got and may answer "not our
 * product"; analysts see possible matches too (DESIGN.md §3, §4 step 6).
 */
export function CapabilityMatchesSection({ capability }: { capability: Capability }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const owner = capability.manufacturerOrganizationId === session.organization.id;
  const visible = owner || isAnalyst(session);
  const matches = useCapabilityMatches(capability.id, visible);
  // Mounted after closing, like the invitation, so focus can return; once answered, the answer takes it.
  const [answering, setAnswering] = useState<{ match: Match; open: boolean } | null>(null);
  const focusAnswer = useRef<string | null>(null);

  // The answered card replaces its button: focus goes to its answer once the dialog has closed (a
  // parent's effect runs after the dialog's own) and the card shows it (the list may render later).
  useEffect(() => {
    const note = focusAnswer.current && document.getElementById(answeredNoteId(focusAnswer.current));
    if (!note || answering?.open) return;
    note.focus();
    focusAnswer.current = null;
  });

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
            <NeedMatchCard
              key={match.id}
              match={match}
              canBid={canBid}
              owner={owner}
              onNotOurProduct={owner ? (match) => setAnswering({ match, open: true }) : undefined}
            />
          ))}
        </ol>
      ) : null}
      {answering ? (
        <NotOurProductDialog
          key={answering.match.id}
          match={answering.match}
          open={answering.open}
          onClose={() => setAnswering({ ...answering, open: false })}
          onAnswered={(match) => {
            setAnswering({ match, open: false });
            focusAnswer.current = match.id;
          }}
        />
      ) : null}
    </section>
  );
}
