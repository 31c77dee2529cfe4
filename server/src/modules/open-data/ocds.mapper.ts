import { OKEI_UNITS } from '@zamena/shared/domain/okei';
import { OCID_PREFIX, type OcdsRelease } from '@zamena/shared/open-data/open-data.schemas';
import { ocdsTerms } from './ocds-terms';
import type { OpenDataParty, OpenDataRow } from './open-data.repo';

/**
 * One OCDS release per order (docs: https://standard.open-contracting.org/1.1/): the need is the
 * tender (ocid `ocds-zmn000-<need id>`, so split awards of one need share a contracting process),
 * the accepted bid the award, the order the contract.
 */

const TENDER_STATUS: Record<string, OcdsRelease['tender']['status']> = {
  open: 'active',
  awarded: 'complete',
  closed: 'complete',
  cancelled: 'cancelled',
  expired: 'unsuccessful',
};

const CONTRACT_STATUS: Record<string, OcdsRelease['contracts'][number]['status']> = {
  completed: 'terminated',
  cancelled: 'cancelled',
};

/**
 * OCDS requires `amount` and `quantity` to be JSON numbers. Everywhere else Zamena keeps decimal
 * strings; here, at the very edge of this export only, they become numbers. numeric(17,2) amounts
 * and numeric(18,3) quantities below 2^53 / 1000 convert without changing a digit.
 */
const ocdsNumber = (decimal: string) => Number(decimal);

/** Names an organization only with its consent (organizations.open_data_consent). */
export type Anonymiser = (organizationId: string) => string;

function toParty(party: OpenDataParty, role: 'buyer' | 'supplier', anonymise: Anonymiser) {
  const address = { region: party.regionName, countryName: 'Россия', country: 'RU' };
  if (!party.openDataConsent || !party.ogrn) {
    return {
      id: `RU-ANON-${anonymise(party.id)}`,
      name: role === 'buyer' ? 'Заказчик (не раскрыт)' : 'Поставщик (не раскрыт)',
      address,
      roles: [role],
    };
  }
  return {
    id: `RU-OGRN-${party.ogrn}`,
    name: party.name,
    identifier: { scheme: 'RU-OGRN', id: party.ogrn, legalName: party.name },
    address,
    roles: [role],
  };
}

export function toRelease(row: OpenDataRow, anonymise: Anonymiser): OcdsRelease {
  const { order, need } = row;
  const buyer = toParty(row.buyer, 'buyer', anonymise);
  const supplier = toParty(row.supplier, 'supplier', anonymise);
  const unit = OKEI_UNITS.find((u) => u.code === need.unit);
  const item = (quantity: string) => ({
    id: '1',
    description: need.title,
    classification: { scheme: 'OKPD' as const, id: need.okpd2, description: need.okpd2Name },
    quantity: ocdsNumber(quantity),
    unit: { scheme: 'OKEI' as const, id: need.unit, name: unit?.nameRu ?? need.unit },
  });
  const value = { amount: ocdsNumber(order.total), currency: 'RUB' as const };
  const terms = ocdsTerms(row.terms);
  // The award's items carry the delivered unit price with VAT the buyer compared (Unit.value).
  const awardItem = (quantity: string) => {
    const base = item(quantity);
    if (!terms) return base;
    return {
      ...base,
      unit: {
        ...base.unit,
        value: { amount: ocdsNumber(terms.deliveredUnitPrice), currency: 'RUB' as const },
      },
    };
  };
  return {
    ocid: `${OCID_PREFIX}${need.id}`,
    // A new release id for every change of the order: releases are immutable in OCDS.
    id: `${order.id}-${order.updatedAt.getTime()}`,
    date: order.updatedAt.toISOString(),
    tag: ['tender', 'award', 'contract'],
    initiationType: 'tender',
    language: 'ru',
    parties: [buyer, supplier],
    buyer: { id: buyer.id, name: buyer.name },
    tender: {
      id: need.id,
      title: need.title,
      description: need.description,
      status: TENDER_STATUS[need.status] ?? 'active',
      procurementMethod: 'open',
      procurementMethodDetails: 'Открытый сбор предложений на бирже импортозамещения «Замена»',
      mainProcurementCategory: 'goods',
      items: [item(need.quantity)],
      ...(need.publishedAt ? { datePublished: need.publishedAt.toISOString() } : {}),
    },
    awards: [
      {
        id: order.bidId,
        status: order.status === 'cancelled' ? 'cancelled' : 'active',
        date: order.createdAt.toISOString(),
        value,
        ...(terms ? { description: terms.description } : {}),
        suppliers: [{ id: supplier.id, name: supplier.name }],
        items: [awardItem(order.quantity)],
      },
    ],
    contracts: [
      {
        id: order.id,
        awardID: order.bidId,
        status: CONTRACT_STATUS[order.status] ?? 'active',
        dateSigned: order.createdAt.toISOString(),
        value,
        items: [item(order.quantity)],
      },
    ],
  };
}
