import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatQuantity, NOT_SET } from '../../../components/ui/format';

/** The headline figures: pooled demand, its value, the buyers' price range and today's coverage. */
export function CaseFacts({ investmentCase }: { investmentCase: InvestmentCase }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const { lot, priceRange, coverage } = investmentCase;
  const money = (value: string) => formatMoney(value, language);
  return (
    <section className="card" aria-label={t('investmentCase.facts')}>
      <dl className="case-facts">
        <div>
          <dt>{t('investmentCase.demand')}</dt>
          <dd>{formatQuantity(lot.totalQuantity, lot.unit, language)}</dd>
        </div>
        <div>
          <dt>{t('investmentCase.demandValue')}</dt>
          <dd>{money(lot.totalValue)}</dd>
        </div>
        <div>
          <dt>{t('investmentCase.needsCount')}</dt>
          <dd>
            {lot.needsCount} ·{' '}
            {t('investmentCase.regionsCount', { count: investmentCase.demandByRegion.length })}
          </dd>
        </div>
        <div>
          <dt>{t('investmentCase.earliest')}</dt>
          <dd>{formatDate(lot.earliestNeededBy, language)}</dd>
        </div>
        <div>
          <dt>{t('investmentCase.priceRange')}</dt>
          <dd>
            {priceRange
              ? t('investmentCase.priceRangeValue', {
                  min: money(priceRange.min),
                  median: money(priceRange.median),
                  max: money(priceRange.max),
                })
              : NOT_SET}
          </dd>
        </div>
        <div>
          <dt>{t('investmentCase.coverage')}</dt>
          <dd>
            {t('investmentCase.coverageValue', {
              percent: Math.round(coverage.ratio * 100),
              makers: coverage.capabilitiesCount,
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
