import type { Capability } from '@zamena/shared/capabilities/capabilities.schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatQuantity } from '../../../components/ui/format';
import { Okpd2Path } from '../../../components/ui/okpd2-path';
import { useRegionName } from '../../../components/ui/region-select';
import { okpd2Source } from '../../../lib/okpd2-api';
import { LocalizationBadge } from './capability-badges';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CapabilityFacts({ capability }: { capability: Capability }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const none = <span className="muted">{t('capabilities.detail.notSpecified')}</span>;
  const regions = capability.deliveryRegionCodes.map(regionName).sort((a, b) => a.localeCompare(b, language));

  return (
    <section className="card" aria-labelledby="capability-facts-heading">
      <h2 id="capability-facts-heading">{t('capabilities.detail.facts')}</h2>
      <dl className="details">
        <Row term={t('capabilities.fields.okpd2')}>
          <ul className="plain-list">
            {capability.okpd2.map((code) => (
              <li key={code}>
                <Okpd2Path code={code} source={okpd2Source} compact />
              </li>
            ))}
          </ul>
        </Row>
        <Row term={t('capabilities.fields.monthlyCapacity')}>
          {t('capabilities.perMonth', {
            value: formatQuantity(capability.monthlyCapacity, capability.unit, language),
          })}
        </Row>
        <Row term={t('capabilities.fields.minOrderQuantity')}>
          {capability.minOrderQuantity
            ? formatQuantity(capability.minOrderQuantity, capability.unit, language)
            : none}
        </Row>
        <Row term={t('capabilities.fields.leadTimeDays')}>
          {t('capabilities.days', { count: capability.leadTimeDays })}
        </Row>
        <Row term={t('capabilities.fields.deliveryRegions')}>
          {regions.length === 0 ? t('capabilities.allRegions') : regions.join(', ')}
        </Row>
        <Row term={t('capabilities.fields.analogues')}>
          {capability.analogues.length > 0 ? capability.analogues.join('; ') : none}
        </Row>
        <Row term={t('capabilities.fields.localization')}>
          <LocalizationBadge localization={capability.localization} />
          {capability.localization ? (
            <span className="cell-sub">
              {t('capabilities.detail.pp719Details', {
                number: capability.localization.pp719RegistryNumber,
                date: formatDate(capability.localization.validUntil, language),
              })}
            </span>
          ) : null}
        </Row>
        <Row term={t('capabilities.detail.updatedAt')}>{formatDateTime(capability.updatedAt, language)}</Row>
      </dl>
    </section>
  );
}
