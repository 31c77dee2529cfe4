import type { LotBid } from '@zamena/shared/lots/lots.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { problemMessage } from '../../../i18n/problem-message';
import { useWithdrawLotBid } from '../api/lots-api';

/** The bidder's own live bid: withdraw it after a confirmation (a new bid may follow). */
export function LotBidWithdraw({ bid }: { bid: LotBid }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawLotBid(bid.lotId);
  return (
    <>
      <Button
        variant="secondary"
        className="button-small"
        onClick={() => {
          withdraw.reset();
          setConfirming(true);
        }}
      >
        {t('lots.bid.withdraw')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('lots.bid.withdrawTitle')}
        confirmLabel={t('lots.bid.withdrawConfirm')}
        cancelLabel={t('lots.bid.keep')}
        busy={withdraw.isPending}
        onConfirm={() => withdraw.mutate(bid.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
        error={withdraw.isError ? <Alert tone="error">{problemMessage(t, withdraw.error)}</Alert> : null}
      >
        <p>{t('lots.bid.withdrawBody')}</p>
      </ConfirmDialog>
    </>
  );
}
