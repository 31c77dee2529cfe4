import type { Need } from '@zamena/shared/needs/needs.schemas';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatQuantity,
  unitName,
} from '../../../components/ui/format';
import { Okpd2Path } from '../../../components/ui/okpd2-path';
import { useRegionName } from '../../../components/ui/region-select';
import { okpd2Source } from '../../../lib/okpd2-api';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Every field of the need, absent optional ones said out loud rather than left blank. */
export function NeedFacts({ need }: { need: Need }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const regionName = useRegionName();
  const none = <span className="muted">{t('needs.detail.notSpecified')}</span>;

  return (
    <section className="card" aria-labelledby="need-facts-heading">
      <h2 id="need-facts-heading">{t('needs.detail.facts')}</h2>
      <dl className="details">
        <Row term={t('needs.fields.okpd2')}>
          {need.okpd2 ? (
            <>
              <span className="mono">{need.okpd2}</span>
              <Okpd2Path code={need.okpd2} source={okpd2Source} />
            </>
          ) : (
            none
          )}
        </Row>
        <Row term={t('needs.fields.tnved')}>
          {need.tnved ? <span className="mono">{need.tnved}</span> : none}
        </Row>
        <Row term={t('needs.fields.quantity')}>
          {need.quantity ? formatQuantity(need.quantity, need.unit, language) : none}{' '}
          {need.quantity && need.unit ? (
            <span className="muted">
              ({unitName(need.unit, language)}, {t('needs.detail.okei', { code: need.unit })})
            </span>
          ) : null}
        </Row>
        <Row term={t('needs.fields.targetUnitPrice')}>
          {need.targetUnitPrice ? formatMoney(need.targetUnitPrice, language) : none}
        </Row>
        <Row term={t('needs.fields.neededBy')}>
          {need.neededBy ? formatDate(need.neededBy, language) : none}
        </Row>
        <Row term={t('needs.fields.deliveryRegion')}>
          {need.deliveryRegionCode ? regionName(need.deliveryRegionCode) : none}
        </Row>
        <Row term={t('needs.fields.replaces')}>{need.replaces ?? none}</Row>
        <Row term={t('needs.fields.critical')}>
          {need.critical ? t('needs.detail.criticalYes') : t('needs.detail.criticalNo')}
        </Row>
        <Row term={t('needs.fields.allowSplitAward')}>
          {need.allowSplitAward ? t('needs.detail.splitYes') : t('needs.detail.splitNo')}
        </Row>
        <Row term={t('needs.detail.publishedAt')}>
          {need.publishedAt ? formatDateTime(need.publishedAt, language) : none}
        </Row>
        <Row term={t('needs.detail.updatedAt')}>{formatDateTime(need.updatedAt, language)}</Row>
      </dl>
    </section>
  );
}
