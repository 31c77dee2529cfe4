import type { OpenDataRow } from './open-data.repo';

// Open data speaks Russian (release `language: 'ru'`), like the rest of the release's text.
const VAT: Record<string, string> = { '20': 'НДС 20 %', '10': 'НДС 10 %', '0': 'НДС 0 %', none: 'без НДС' };
const BASIS: Record<string, string> = {
  pickup: 'самовывоз со склада поставщика',
  buyer_site: 'доставка до площадки заказчика',
  regional_terminal: 'доставка до терминала в регионе',
};

/**
 * The accepted bid's VAT and delivery terms for OCDS 1.1.5, which has no fields of its own for them:
 * words for Award.description and the delivered unit price with VAT for the award items' Unit.value.
 * Undefined for orders without terms (lot awards, bids made before terms existed).
 */
export function ocdsTerms(terms: OpenDataRow['terms']) {
  if (!terms) return undefined;
  const { vatRate, deliveryBasis, deliveredUnitPrice } = terms;
  if (!vatRate || !deliveryBasis || deliveredUnitPrice === null) return undefined;
  const taxed = vatRate === '20' || vatRate === '10';
  const delivery =
    deliveryBasis === 'pickup'
      ? BASIS.pickup
      : `${BASIS[deliveryBasis] ?? deliveryBasis}, ${
          terms.deliveryCost
            ? `доставка ${terms.deliveryCost} руб. за весь объём`
            : 'доставка включена в цену'
        }`;
  const parts = [
    `${VAT[vatRate] ?? vatRate}${taxed ? (terms.priceIncludesVat ? ', цена с НДС' : ', цена без НДС') : ''}`,
    delivery,
    `цена за единицу с доставкой и НДС ${deliveredUnitPrice} руб.`,
  ];
  return { description: parts.join('; '), deliveredUnitPrice };
}
