import type { AuditEvent, AuditObjectType } from '@zamena/shared/audit/audit.schemas';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/paged-list';
import { Button } from '../../../components/ui/button';
import { formatDateTime } from '../../../components/ui/format';
import { saveFile } from '../../../components/ui/save-file';
import { useCurrentSession } from '../../../lib/auth';
import { downloadObjectHistory, useObjectHistory } from '../api/audit-api';
import { actionVerb, changedFields } from '../utils/audit-changes';
import './audit.css';

const VERBS = [
  'created',
  'updated',
  'published',
  'awarded',
  'cancelled',
  'closed',
  'expired',
  'accepted',
  'rejected',
  'withdrawn',
  'submitted',
  'posted',
  'verified',
  'not_our_product',
  'role_changed',
  'removed',
] as const;
type Verb = (typeof VERBS)[number];
const isVerb = (value: string): value is Verb => (VERBS as readonly string[]).includes(value);

type ObjectHistorySectionProps = {
  objectType: AuditObjectType;
  objectId: string;
  /** The organizations whose object it is (a need's buyer and the centre that posted it…). */
  ownerOrganizationIds: readonly (string | null | undefined)[];
};

/**
 * An object's "History": every audited change, newest first, with who made it and which fields it
 * touched. Closed at first; the events are fetched when it is opened, and can be saved as CSV. Shown
 * to the object's owners and to analysts, as `GET /audit` answers them (others would get a 404).
 */
export function ObjectHistorySection({ ownerOrganizationIds, ...object }: ObjectHistorySectionProps) {
  const { user, organization } = useCurrentSession();
  const allowed =
    user.isAdmin || organization.kind === 'association' || ownerOrganizationIds.includes(organization.id);
  return allowed ? <ObjectHistory {...object} /> : null;
}

function ObjectHistory({ objectType, objectId }: { objectType: AuditObjectType; objectId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const [open, setOpen] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const headingId = useId();
  const panelId = useId();
  const query = useObjectHistory(objectType, objectId, open);

  const download = async () => {
    setDownloading(true);
    try {
      const file = await downloadObjectHistory(objectType, objectId);
      saveFile(file.blob, file.filename ?? `history-${objectType}-${objectId}.csv`);
    } finally {
      setDownloading(false);
    }
  };

  const label = (event: AuditEvent) => {
    const verb = actionVerb(event.action);
    return isVerb(verb) ? t(`audit.verbs.${verb}`) : event.action;
  };
  const actor = (event: AuditEvent) =>
    event.actor
      ? [event.actor.name, event.actor.organizationName].filter(Boolean).join(', ') || t('audit.unknownActor')
      : t('audit.system');

  return (
    <section className="card history" aria-labelledby={headingId}>
      <div className="history-header">
        <h2 id={headingId}>{t('audit.heading')}</h2>
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('audit.hide') : t('audit.show')}
        </Button>
      </div>
      {open ? (
        <div id={panelId}>
          <PagedList
            query={query}
            empty={{ heading: t('audit.empty') }}
            shown={(count) => t('audit.shown', { count })}
            loadMoreLabel={t('audit.more')}
            retryLabel={t('audit.retry')}
          >
            {(events) => (
              <>
                <ol className="history-list">
                  {events.map((event) => {
                    const fields = changedFields(event.before, event.after);
                    return (
                      <li key={event.id} className="history-item">
                        <p className="history-title">{label(event)}</p>
                        <p className="history-meta">
                          <time dateTime={event.at}>{formatDateTime(event.at, language)}</time> ·{' '}
                          {actor(event)}
                        </p>
                        {fields.length > 0 ? (
                          <p className="history-fields">{t('audit.fields', { fields: fields.join(', ') })}</p>
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
                <Button variant="secondary" onClick={() => void download()} disabled={downloading}>
                  {t('audit.download')}
                </Button>
              </>
            )}
          </PagedList>
        </div>
      ) : null}
    </section>
  );
}
