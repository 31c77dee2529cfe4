import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { formatDateTime } from '../../../components/ui/format';
import { useSimilarRecentNeeds } from '../api/similar-needs-api';

/**
 * Warns that a need like this one was posted by the organization in the last day, with links to the
 * earlier ones; it never blocks posting (a second batch of the same part may be meant).
 */
export function NeedRepeatWarning({ title }: { title: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const similar = useSimilarRecentNeeds(title);
  const items = similar.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert tone="warning">
      <p>{t('needs.form.repeatWarning', { count: items.length })}</p>
      <ul className="plain-list">
        {items.map((need) => (
          <li key={need.id}>
            <Link to={`/needs/${need.id}`} target="_blank" rel="noopener">
              {need.title}
            </Link>{' '}
            <span className="muted">
              · {t(`needs.status.${need.status}`)} · {formatDateTime(need.createdAt, language)}
            </span>
          </li>
        ))}
      </ul>
      <p>{t('needs.form.repeatPostAnyway')}</p>
    </Alert>
  );
}
