import { registrationChecks, REGISTRATION_CHECKS } from '@zamena/shared/organizations/registration-checks';
import { useTranslation } from 'react-i18next';

/** The registration data's automatic checks, each passed or flagged in words (not colour alone). */
export function RegistrationChecksList(props: {
  inn: string | null;
  ogrn: string | null;
  regionCode: string;
}) {
  const { t } = useTranslation();
  const checks = registrationChecks(props);
  return (
    <ul className="checks-list" aria-label={t('console.checks.title')}>
      {REGISTRATION_CHECKS.map((check) => (
        <li key={check} className={checks[check] ? 'check-ok' : 'check-flag'}>
          <span aria-hidden="true">{checks[check] ? '✓' : '!'}</span> {t(`console.checks.${check}`)}:{' '}
          {checks[check] ? t('console.checks.ok') : t('console.checks.flag')}
        </li>
      ))}
    </ul>
  );
}
