import type { Subscription } from '@zamena/shared/subscriptions/subscriptions.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useDeleteSubscription, useSubscriptions, useUpdateSubscription } from '../api/subscriptions-api';
import { draftFromSearch } from '../utils/saved-search';
import { SubscriptionCard } from './subscription-card';
import { SubscriptionForm } from './subscription-form';
import '../subscriptions.css';

type Editing = { mode: 'create' } | { mode: 'edit'; subscription: Subscription } | null;

/** The organization's subscriptions (and saved searches): what its members follow and get by e-mail. */
export function SubscriptionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const draft = draftFromSearch(params);
  const [editing, setEditing] = useState<Editing>(draft ? { mode: 'create' } : null);
  const [removing, setRemoving] = useState<Subscription | null>(null);
  const list = useSubscriptions();
  const update = useUpdateSubscription();
  const remove = useDeleteSubscription();
  const done = () => {
    setEditing(null);
    // The saved search's filters are used once.
    if (draft) setParams({}, { replace: true });
  };

  return (
    <div className="page">
      <title>{`${t('subscriptions.title')} — ${t('app.name')}`}</title>
      <PageHeader
        title={t('subscriptions.title')}
        lead={t('subscriptions.lead')}
        actions={
          editing ? null : (
            <Button onClick={() => setEditing({ mode: 'create' })}>{t('subscriptions.create')}</Button>
          )
        }
      />
      {editing ? (
        <SubscriptionForm
          key={editing.mode === 'edit' ? editing.subscription.id : 'new'}
          subscription={editing.mode === 'edit' ? editing.subscription : undefined}
          draft={editing.mode === 'create' ? draft : undefined}
          onDone={done}
        />
      ) : null}
      {update.isError ? <Alert tone="error">{problemMessage(t, update.error)}</Alert> : null}
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? <Alert tone="error">{problemMessage(t, list.error)}</Alert> : null}
      {list.data && list.data.items.length === 0 && !editing ? (
        <EmptyState heading={t('subscriptions.emptyHeading')}>
          <p>{t('subscriptions.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="subscription-list">
          {list.data.items.map((subscription) => (
            <SubscriptionCard
              key={subscription.id}
              subscription={subscription}
              busy={update.isPending && update.variables.id === subscription.id}
              onEdit={() => setEditing({ mode: 'edit', subscription })}
              onRemove={() => setRemoving(subscription)}
              onToggleDigest={() =>
                update.mutate({
                  id: subscription.id,
                  changes: { digest: subscription.digest === 'daily' ? 'off' : 'daily' },
                })
              }
            />
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('subscriptions.removeTitle')}
        confirmLabel={t('subscriptions.card.remove')}
        cancelLabel={t('subscriptions.form.cancel')}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        error={remove.isError ? <Alert tone="error">{problemMessage(t, remove.error)}</Alert> : null}
      >
        <p>{t('subscriptions.removeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
