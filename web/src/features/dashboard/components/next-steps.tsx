import type { OrganizationKind } from '@zamena/shared/organizations/organizations.schemas';
import { useTranslation } from 'react-i18next';

const STEPS = {
  enterprise: ['dashboard.nextEnterprise1', 'dashboard.nextEnterprise2', 'dashboard.nextEnterprise3'],
  center: ['dashboard.nextCenter1', 'dashboard.nextCenter2', 'dashboard.nextCenter3'],
  association: ['dashboard.nextAssociation1', 'dashboard.nextAssociation2', 'dashboard.nextAssociation3'],
} as const;

/** The empty state until needs, capabilities, bids and orders arrive: it says what comes next. */
export function NextSteps({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return (
    <section className="card empty-state" aria-labelledby="next-steps-heading">
      <svg className="empty-state-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect
          x="6"
          y="10"
          width="36"
          height="28"
          rx="3"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        />
        <path d="M6 18h36M14 26h12M14 31h8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <h2 id="next-steps-heading">{t('dashboard.emptyHeading')}</h2>
      <p>{t('dashboard.emptyIntro')}</p>
      <ol className="steps">
        {STEPS[kind].map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </section>
  );
}
