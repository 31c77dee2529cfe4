import type { CatalogueNeed } from '@zamena/shared/catalogue/catalogue.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { NeedWithBuyer } from './needs.repo';

/** Open needs are complete (only a draft may lack fields), and only open needs reach the catalogue. */
function present<T>(value: T | null, field: string): T {
  if (value === null) throw new Error(`an open need without ${field} reached the catalogue`);
  return value;
}

/** A need as a guest sees it (catalogue.schemas.ts): the buyer named only with its open-data consent. */
export function toCatalogueNeed({ need, buyer }: NeedWithBuyer): CatalogueNeed {
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    okpd2: present(need.okpd2, 'okpd2'),
    quantity: trimDecimal(present(need.quantity, 'quantity')),
    unit: present(need.unit, 'unit') as CatalogueNeed['unit'],
    neededBy: present(need.neededBy, 'neededBy'),
    deliveryRegionCode: present(need.deliveryRegionCode, 'deliveryRegionCode'),
    replaces: need.replaces,
    critical: need.critical,
    publishedAt: need.publishedAt?.toISOString() ?? null,
    buyer: { name: buyer.openDataConsent ? buyer.name : null, regionCode: buyer.regionCode },
  };
}
