import { useTranslation } from 'react-i18next';

/** The keyboard shortcuts, always on screen (and the items' description for screen readers). */
export function ReviewHelp({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p className="review-help" id={id}>
      <span className="review-help-label">{t('review.keys.label')}</span>{' '}
      <span>
        <kbd>j</kbd> / <kbd>↓</kbd> {t('review.keys.next')}
      </span>{' '}
      <span>
        <kbd>k</kbd> / <kbd>↑</kbd> {t('review.keys.previous')}
      </span>{' '}
      <span>
        <kbd>a</kbd> {t('review.keys.approve')}
      </span>{' '}
      <span>
        <kbd>d</kbd> {t('review.keys.dismiss')}
      </span>
    </p>
  );
}
