import type { DeliveryBasis, VatRate } from '@zamena/shared/bids/bid-price';
import type { ProtocolLanguage } from '@zamena/shared/protocols/protocols.schemas';

/** The protocol document's words, in Russian (the default: a Russian procurement record) and English. */
export type ProtocolTexts = {
  title: string;
  number: (number: string) => string;
  decidedAt: string;
  need: string;
  okpd2: string;
  quantity: string;
  region: string;
  neededBy: string;
  buyer: string;
  bidsHeading: string;
  ranking: string;
  columns: {
    rank: string;
    supplier: string;
    unitPrice: string;
    quantity: string;
    leadTime: string;
    delivered: string;
  };
  winnerMark: string;
  deliveredPerUnit: string;
  days: (days: number) => string;
  vat: Record<VatRate, string>;
  includesVat: (includes: boolean) => string;
  basis: Record<DeliveryBasis, string>;
  deliveryCost: (cost: string) => string;
  deliveryIncluded: string;
  prepayment: (percent: number) => string;
  paymentDays: (days: number) => string;
  warranty: (months: number) => string;
  schedule: string;
  computed: (net: string, delivery: string, vat: string, delivered: string) => string;
  noTerms: string;
  winner: string;
  reason: string;
  noReason: string;
  decidedBy: string;
  forBuyer: (buyer: string) => string;
  footer: string;
  page: (page: number, pages: number) => string;
};

const ru: ProtocolTexts = {
  title: 'Протокол выбора поставщика',
  number: (number) => `№ ${number}`,
  decidedAt: 'Дата решения',
  need: 'Потребность',
  okpd2: 'ОКПД2',
  quantity: 'Количество',
  region: 'Регион поставки',
  neededBy: 'Нужно к',
  buyer: 'Заказчик',
  bidsHeading: 'Предложения на момент решения',
  ranking: 'Порядок: цена за единицу с доставкой и НДС (без условий — цена за единицу), затем срок.',
  columns: {
    rank: '№',
    supplier: 'Поставщик',
    unitPrice: 'Цена за ед.',
    quantity: 'Количество',
    leadTime: 'Срок',
    delivered: 'С доставкой и НДС, за ед.',
  },
  winnerMark: 'выбран',
  deliveredPerUnit: 'с доставкой и НДС за единицу',
  days: (days) => `${days} дн.`,
  vat: { '20': 'НДС 20 %', '10': 'НДС 10 %', '0': 'НДС 0 %', none: 'без НДС (не облагается)' },
  includesVat: (includes) => (includes ? 'цена с НДС' : 'цена без НДС'),
  basis: {
    pickup: 'самовывоз со склада поставщика',
    buyer_site: 'доставка до площадки заказчика',
    regional_terminal: 'доставка до терминала в регионе',
  },
  deliveryCost: (cost) => `доставка ${cost} за всё количество`,
  deliveryIncluded: 'доставка включена в цену',
  prepayment: (percent) => `предоплата ${percent} %`,
  paymentDays: (days) => `оплата через ${days} дн. после поставки`,
  warranty: (months) => `гарантия ${months} мес.`,
  schedule: 'график',
  computed: (net, delivery, vat, delivered) =>
    `расчёт: цена без НДС ${net} + доставка ${delivery} + НДС ${vat} = ${delivered}`,
  noTerms: 'условия не указаны: сравнивается цена за единицу',
  winner: 'Выбранное предложение',
  reason: 'Обоснование выбора',
  noReason: 'не указано',
  decidedBy: 'Решение принял',
  forBuyer: (buyer) => `за заказчика ${buyer}`,
  footer:
    'Снимок сравнения зафиксирован в момент решения и не меняется при последующем отзыве или изменении предложений.',
  page: (page, pages) => `Стр. ${page} из ${pages}`,
};

const en: ProtocolTexts = {
  title: 'Supplier selection protocol',
  number: (number) => `No. ${number}`,
  decidedAt: 'Decided',
  need: 'Need',
  okpd2: 'OKPD2',
  quantity: 'Quantity',
  region: 'Delivery region',
  neededBy: 'Needed by',
  buyer: 'Buyer',
  bidsHeading: 'Bids at the moment of the decision',
  ranking: 'Order: delivered unit price with VAT (unit price for bids without terms), then lead time.',
  columns: {
    rank: '#',
    supplier: 'Supplier',
    unitPrice: 'Unit price',
    quantity: 'Quantity',
    leadTime: 'Lead time',
    delivered: 'Delivered with VAT, per unit',
  },
  winnerMark: 'selected',
  deliveredPerUnit: 'delivered with VAT per unit',
  days: (days) => `${days} d`,
  vat: { '20': 'VAT 20%', '10': 'VAT 10%', '0': 'VAT 0%', none: 'not subject to VAT' },
  includesVat: (includes) => (includes ? 'price includes VAT' : 'price excludes VAT'),
  basis: {
    pickup: "pick-up at the supplier's",
    buyer_site: "delivered to the buyer's site",
    regional_terminal: 'delivered to a terminal in the region',
  },
  deliveryCost: (cost) => `delivery ${cost} for the whole quantity`,
  deliveryIncluded: 'delivery included in the price',
  prepayment: (percent) => `${percent}% prepayment`,
  paymentDays: (days) => `payment ${days} days after delivery`,
  warranty: (months) => `warranty ${months} months`,
  schedule: 'schedule',
  computed: (net, delivery, vat, delivered) =>
    `computed: price without VAT ${net} + delivery ${delivery} + VAT ${vat} = ${delivered}`,
  noTerms: 'terms not given: compared by unit price',
  winner: 'Selected bid',
  reason: 'Reason for the choice',
  noReason: 'not given',
  decidedBy: 'Decided by',
  forBuyer: (buyer) => `for the buyer ${buyer}`,
  footer:
    'The comparison was frozen at the moment of the decision; later withdrawals or revisions do not change it.',
  page: (page, pages) => `Page ${page} of ${pages}`,
};

export const PROTOCOL_TEXTS: Record<ProtocolLanguage, ProtocolTexts> = { ru, en };

const NBSP = '\u00a0';

/** "1200000.5" → "1 200 000,50" (ru) or "1,200,000.50" (en); exact on the decimal string. */
export function formatDecimal(value: string, language: ProtocolLanguage, scale?: number): string {
  const negative = value.startsWith('-');
  const [integer = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'ru' ? NBSP : ',');
  const digits =
    scale === undefined ? fraction.replace(/0+$/, '') : fraction.padEnd(scale, '0').slice(0, scale);
  return `${negative ? '-' : ''}${grouped}${digits ? (language === 'ru' ? ',' : '.') + digits : ''}`;
}

export const formatRub = (value: string, language: ProtocolLanguage) =>
  `${formatDecimal(value, language, 2)}${NBSP}₽`;

/** "2027-03-01" → "01.03.2027" (ru); ISO as it is in English. */
export const formatDay = (iso: string, language: ProtocolLanguage) =>
  language === 'ru' ? iso.slice(0, 10).split('-').reverse().join('.') : iso.slice(0, 10);

export const formatMoment = (iso: string, language: ProtocolLanguage) =>
  `${formatDay(iso, language)} ${iso.slice(11, 16)} UTC`;
