import type { SupportMeasure } from '@zamena/shared/support-measures/support-measures.schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatMoney } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusBadge } from '../../../components/ui/status-badge';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import {
  useDeleteSupportMeasure,
  useSupportMeasures,
  useUpdateSupportMeasure,
} from '../api/support-measures-api';
import { NO_MEASURE_FILTERS, SupportMeasureFilters } from './support-measure-filters';
import { SupportMeasureForm } from './support-measure-form';
import '../support-measures.css';

type Editing = { mode: 'create' } | { mode: 'edit'; measure: SupportMeasure } | null;

/** The catalogue: everyone reads the active measures; administrators add, edit, switch off and delete. */
export function SupportMeasuresPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { user } = useCurrentSession();
  const admin = user.isAdmin;
  const [showInactive, setShowInactive] = useState(admin);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<SupportMeasure | null>(null);
  const [filters, setFilters] = useState(NO_MEASURE_FILTERS);
  const filtered = filters.type !== '' || filters.region !== '' || filters.okpd2 !== '';
  const list = useSupportMeasures(admin && showInactive, filters);
  const update = useUpdateSupportMeasure();
  const remove = useDeleteSupportMeasure();
  const done = () => setEditing(null);

  return (
    <div className="page">
      <title>{`${t('supportMeasures.title')} — ${t('app.name')}`}</title>
      <PageHeader
        title={t('supportMeasures.title')}
        lead={
          admin
            ? t('supportMeasures.lead')
            : `${t('supportMeasures.lead')} ${t('supportMeasures.adminsOnly')}`
        }
        actions={
          admin && !editing ? (
            <Button onClick={() => setEditing({ mode: 'create' })}>{t('supportMeasures.create')}</Button>
          ) : null
        }
      />
      {editing ? (
        <SupportMeasureForm
          key={editing.mode === 'edit' ? editing.measure.id : 'new'}
          measure={editing.mode === 'edit' ? editing.measure : undefined}
          onDone={done}
        />
      ) : null}
      <SupportMeasureFilters value={filters} onChange={setFilters} />
      {admin ? (
        <CheckboxField
          id="measures-inactive"
          label={t('supportMeasures.showInactive')}
          checked={showInactive}
          onChange={(event) => setShowInactive(event.target.checked)}
        />
      ) : null}
      {update.isError ? <Alert tone="error">{problemMessage(t, update.error)}</Alert> : null}
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.isError ? <Alert tone="error">{problemMessage(t, list.error)}</Alert> : null}
      {list.data && list.data.items.length === 0 && filtered ? (
        <p className="muted">{t('supportMeasures.filters.noneFit')}</p>
      ) : null}
      {list.data && list.data.items.length === 0 && !filtered ? (
        <EmptyState heading={t('supportMeasures.emptyHeading')}>
          {admin ? <p>{t('supportMeasures.emptyBody')}</p> : null}
        </EmptyState>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <DataTable<SupportMeasure>
          caption={t('supportMeasures.caption')}
          rows={list.data.items}
          rowKey={(measure) => measure.id}
          columns={[
            {
              key: 'name',
              header: t('supportMeasures.name'),
              label: t('supportMeasures.name'),
              cell: (measure) =>
                measure.url ? (
                  <a href={measure.url} target="_blank" rel="noreferrer">
                    {measure.name}
                  </a>
                ) : (
                  measure.name
                ),
            },
            {
              key: 'type',
              header: t('supportMeasures.typeColumn'),
              label: t('supportMeasures.typeColumn'),
              cell: (measure) => t(`supportMeasures.types.${measure.type}`),
            },
            {
              key: 'operator',
              header: t('supportMeasures.operatorColumn'),
              label: t('supportMeasures.operatorColumn'),
              cell: (measure) => measure.operator,
            },
            {
              key: 'amount',
              header: t('supportMeasures.amountColumn'),
              label: t('supportMeasures.amountColumn'),
              cell: (measure) => (measure.maxAmount ? formatMoney(measure.maxAmount, language) : '—'),
              className: 'numeric',
            },
            {
              key: 'scope',
              header: t('supportMeasures.scopeColumn'),
              label: t('supportMeasures.scopeColumn'),
              cell: (measure) => (
                <>
                  {measure.okpd2Prefixes.join(', ') || t('supportMeasures.allGoods')}
                  <br />
                  <span className="muted">
                    {measure.regionCodes.join(', ') || t('supportMeasures.federal')}
                  </span>
                </>
              ),
            },
            {
              key: 'status',
              header: t('supportMeasures.statusColumn'),
              label: t('supportMeasures.statusColumn'),
              cell: (measure) => (
                <StatusBadge tone={measure.active ? 'success' : 'neutral'}>
                  {measure.active ? t('supportMeasures.active') : t('supportMeasures.inactive')}
                </StatusBadge>
              ),
            },
            ...(admin
              ? [
                  {
                    key: 'actions',
                    header: t('supportMeasures.actions'),
                    label: t('supportMeasures.actions'),
                    cell: (measure: SupportMeasure) => (
                      <div className="support-measure-actions">
                        <Button
                          variant="secondary"
                          className="button-small"
                          aria-label={`${t('supportMeasures.edit')}: ${measure.name}`}
                          onClick={() => setEditing({ mode: 'edit', measure })}
                        >
                          {t('supportMeasures.edit')}
                        </Button>
                        <Button
                          variant="secondary"
                          className="button-small"
                          aria-label={`${measure.active ? t('supportMeasures.deactivate') : t('supportMeasures.activate')}: ${measure.name}`}
                          onClick={() =>
                            update.mutate({ id: measure.id, changes: { active: !measure.active } })
                          }
                        >
                          {measure.active ? t('supportMeasures.deactivate') : t('supportMeasures.activate')}
                        </Button>
                        <Button
                          variant="ghost"
                          className="button-small"
                          aria-label={`${t('supportMeasures.remove')}: ${measure.name}`}
                          onClick={() => setRemoving(measure)}
                        >
                          {t('supportMeasures.remove')}
                        </Button>
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('supportMeasures.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('supportMeasures.remove')}
        cancelLabel={t('supportMeasures.cancel')}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
        error={remove.isError ? <Alert tone="error">{problemMessage(t, remove.error)}</Alert> : null}
      >
        <p>{t('supportMeasures.removeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
