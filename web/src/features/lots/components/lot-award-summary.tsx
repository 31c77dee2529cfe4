import type { LotAwardSummary, LotOrder } from '@zamena/shared/lots/lots.schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { formatMoney, formatQuantity } from '../../../components/ui/format';

/** An awarded lot: what was awarded and, to each viewer, the orders it is a party to (analysts: all). */
export function LotAwardSummaryView({ award, unit }: { award: LotAwardSummary; unit: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
    Number(award.coverage) * 100,
  );
  return (
    <section
      className="lot-section"
      aria-labelledby="lot-award-summary-heading"
      data-section="lot-award-summary"
    >
      <h2 id="lot-award-summary-heading">{t('lots.award.summaryHeading')}</h2>
      <dl className="lot-facts card">
        <div>
          <dt>{t('lots.award.awardedQuantity')}</dt>
          <dd>{formatQuantity(award.awardedQuantity, unit, language)}</dd>
        </div>
        <div>
          <dt>{t('lots.award.awardedValue')}</dt>
          <dd>{formatMoney(award.awardedValue, language)}</dd>
        </div>
        <div>
          <dt>{t('lots.award.coverage')}</dt>
          <dd>{t('lots.coverageValue', { n: percent })}</dd>
        </div>
      </dl>
      {award.orders.length > 0 ? (
        <DataTable<LotOrder>
          caption={t('lots.award.ordersCaption')}
          rows={award.orders}
          rowKey={(order) => order.id}
          columns={[
            {
              key: 'order',
              header: t('lots.award.need'),
              label: t('lots.award.need'),
              cell: (order) => <Link to={`/orders/${order.id}`}>{order.needTitle}</Link>,
            },
            {
              key: 'buyer',
              header: t('lots.award.buyer'),
              label: t('lots.award.buyer'),
              cell: (order) => order.buyer.name,
            },
            {
              key: 'supplier',
              header: t('lots.award.supplier'),
              label: t('lots.award.supplier'),
              cell: (order) => <Link to={`/organizations/${order.supplier.id}`}>{order.supplier.name}</Link>,
            },
            {
              key: 'quantity',
              header: t('lots.award.quantity'),
              label: t('lots.award.quantity'),
              cell: (order) => formatQuantity(order.quantity, unit, language),
              className: 'numeric',
            },
            {
              key: 'total',
              header: t('lots.bid.amount'),
              label: t('lots.bid.amount'),
              cell: (order) => formatMoney(order.total, language),
              className: 'numeric',
            },
          ]}
        />
      ) : null}
    </section>
  );
}
