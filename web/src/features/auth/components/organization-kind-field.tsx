import { useTranslation } from 'react-i18next';

export const REGISTRABLE_KINDS = ['enterprise', 'center'] as const;
export type RegistrableKind = (typeof REGISTRABLE_KINDS)[number];

type OrganizationKindFieldProps = {
  value: string;
  onChange: (kind: RegistrableKind) => void;
  error?: string | undefined;
};

/** Two radio cards in a fieldset: arrow keys move between them, the legend names the group. */
export function OrganizationKindField({ value, onChange, error }: OrganizationKindFieldProps) {
  const { t } = useTranslation();
  const labels = {
    enterprise: { title: t('register.kindEnterprise'), hint: t('register.kindEnterpriseHint') },
    center: { title: t('register.kindCenter'), hint: t('register.kindCenterHint') },
  };
  return (
    <fieldset
      className={error ? 'field choice-group field-invalid' : 'field choice-group'}
      aria-describedby={error ? 'organization-kind-error' : undefined}
    >
      <legend className="field-label">{t('register.kind')}</legend>
      <div className="choice-cards">
        {REGISTRABLE_KINDS.map((kind) => (
          <label key={kind} className="choice-card">
            <input
              type="radio"
              name="organization-kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`organization-kind-${kind}-hint`}
            />
            <span className="choice-text">
              <span className="choice-title">{labels[kind].title}</span>
              <span className="choice-hint" id={`organization-kind-${kind}-hint`}>
                {labels[kind].hint}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id="organization-kind-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
