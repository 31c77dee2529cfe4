import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { isApiReachable, pingApi, subscribeReachability } from '../../lib/api-client';

const PROBE_INTERVAL_MS = 5000;

/** Shown while the API cannot be reached; it probes until the API answers, then disappears by itself. */
export function ApiStatusBanner() {
  const { t } = useTranslation();
  const reachable = useSyncExternalStore(subscribeReachability, isApiReachable);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (reachable) return;
    const timer = setInterval(() => void pingApi(), PROBE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [reachable]);

  if (reachable) return null;

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
