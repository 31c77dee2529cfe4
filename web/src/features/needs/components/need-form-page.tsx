import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useCurrentSession } from '../../../lib/auth';
import { useNeed } from '../api/needs-api';
import { EDITABLE_STATUSES, ownsNeed, postingRefusal } from '../utils/need-permissions';
import { NeedCreateForm } from './need-create-form';
import { NeedEditForm } from './need-edit-form';

/** /needs/new, or /needs/:id/edit with the need loaded first. */
export function NeedFormPage() {
  const { id } = useParams();
  return id ? <EditNeed id={id} /> : <NewNeed />;
}

function NewNeed() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const refusal = postingRefusal(session);
  return (
    <div className="page">
      <title>{`${t('needs.form.newTitle')} — ${t('app.name')}`}</title>
      <PageHeader
        eyebrow={t('needs.title')}
        title={t('needs.form.newTitle')}
        lead={t('needs.form.newLead')}
      />
      {refusal ? (
        <Alert tone="info">
          {refusal === 'centerNotVerified' ? t('needs.centerNotVerified') : t('needs.associationCannotPost')}
        </Alert>
      ) : (
        <NeedCreateForm />
      )}
    </div>
  );
}

function EditNeed({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const need = useNeed(id);

  if (need.isPending) return <Spinner label={t('app.loading')} />;
  const title = need.data
    ? t('needs.form.editTitle', { title: need.data.title })
    : t('needs.detail.notFound');
  let body;
  if (need.isError) body = <Alert tone="error">{problemMessage(t, need.error)}</Alert>;
  else if (!ownsNeed(session, need.data)) body = <Alert tone="info">{t('needs.form.notOwner')}</Alert>;
  else if (!EDITABLE_STATUSES.includes(need.data.status))
    body = (
      <Alert tone="info">
        {t('needs.form.notEditable', { status: t(`needs.status.${need.data.status}`) })}
      </Alert>
    );
  else
    body = (
      // A fresh version remounts the form with the values someone else saved.
      <NeedEditForm key={need.data.version} need={need.data} onReload={() => void need.refetch()} />
    );

  return (
    <div className="page">
      <title>{`${title} — ${t('app.name')}`}</title>
      <p>
        <Link to={`/needs/${id}`}>← {t('needs.form.backToNeed')}</Link>
      </p>
      <PageHeader eyebrow={t('needs.title')} title={title} />
      {body}
    </div>
  );
}
