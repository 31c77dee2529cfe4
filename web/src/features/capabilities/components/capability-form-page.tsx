import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useCapability } from '../api/capabilities-api';
import { canPostCapabilities, ownsCapability } from '../utils/capability-permissions';
import { CapabilityCreateForm } from './capability-create-form';
import { CapabilityEditForm } from './capability-edit-form';

/** /capabilities/new, or /capabilities/:id/edit with the capability loaded first. */
export function CapabilityFormPage() {
  const { id } = useParams();
  return id ? <EditCapability id={id} /> : <NewCapability />;
}

function NewCapability() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  return (
    <div className="page">
      <title>{`${t('capabilities.form.newTitle')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={t('capabilities.title')}
        title={t('capabilities.form.newTitle')}
        lead={t('capabilities.form.newLead')}
      />
      {canPostCapabilities(session) ? (
        <CapabilityCreateForm />
      ) : (
        <Alert tone="info">{t('capabilities.enterprisesOnly')}</Alert>
      )}
    </div>
  );
}

function EditCapability({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const capability = useCapability(id);

  if (capability.isPending) return <Spinner label={t('app.loading')} />;
  const title = capability.data
    ? t('capabilities.form.editTitle', { title: capability.data.title })
    : t('capabilities.detail.notFound');
  let body;
  if (capability.isError) body = <Alert tone="error">{problemMessage(t, capability.error)}</Alert>;
  else if (!ownsCapability(session, capability.data))
    body = <Alert tone="info">{t('capabilities.form.notOwner')}</Alert>;
  else
    body = (
      // A fresh version remounts the form with the values someone else saved.
      <CapabilityEditForm
        key={capability.data.version}
        capability={capability.data}
        onReload={() => void capability.refetch()}
      />
    );

  return (
    <div className="page">
      <title>{`${title} — ${t('app.name')}`}</title>
      <p>
        <Link to={`/capabilities/${id}`}>← {t('capabilities.form.backToCapability')}</Link>
      </p>
      <PageHeader eyebrow={t('capabilities.title')} title={title} />
      {body}
    </div>
  );
}
