import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { isApiReachable, pingApi, subscribeReachability } from '../../lib/api-client';
import { rateLimitedUntil, subscribeRateLimit } from '../../lib/rate-limit-notice';

const PROBE_INTERVAL_MS = 5000;

/** Shown while the API cannot be reached or asks us to slow down; both go away by themselves. */
export function ApiStatusBanner() {
  const reachable = useSyncExternalStore(subscribeReachability, isApiReachable);
  const limitedUntil = useSyncExternalStore(subscribeRateLimit, rateLimitedUntil);
  if (!reachable) return <UnreachableNotice />;
  // A longer wait starts the notice again, its clock and announcement included.
  if (limitedUntil !== null) return <RateLimitNotice key={limitedUntil} until={limitedUntil} />;
  return null;
}

function UnreachableNotice() {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => void pingApi(), PROBE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);

  const retry = async () => {
    setChecking(true);
    await pingApi();
    setChecking(false);
  };

  return (
    <div className="api-banner">
      <div className="container">
        <Alert
          tone="warning"
          action={
            <Button variant="secondary" busy={checking} onClick={() => void retry()}>
              {checking ? t('apiStatus.checking') : t('apiStatus.retry')}
            </Button>
          }
        >
          {t('apiStatus.unreachable')}
        </Alert>
      </div>
    </div>
  );
}

/** "0:42": minutes and seconds left, for a wait of up to an hour. */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * The server's 429, told as a pause with a countdown; the pages' queries wait it out and load again
 * (react-query.ts). Screen readers hear the wait once: the ticking figure is hidden from them.
 */
function RateLimitNotice({ until }: { until: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const [announced] = useState(() => Math.max(1, Math.ceil((until - Date.now()) / 1000)));

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const left = Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <div className="api-banner" data-testid="rate-limit-notice">
      <div className="container">
        <Alert tone="info">
          <strong>{t('apiStatus.rateLimitedTitle')}</strong>{' '}
          <span aria-hidden="true">
            {t('apiStatus.rateLimitedCountdown')}{' '}
            <time className="rate-limit-countdown" dateTime={`PT${left}S`}>
              {clock(left)}
            </time>
          </span>
          <span className="visually-hidden">{t('apiStatus.rateLimitedSeconds', { count: announced })}</span>
        </Alert>
      </div>
    </div>
  );
}
