import { trimDecimal } from '@zamena/shared/domain/decimal';
import type { CreateNeed, Need, UpdateNeed } from '@zamena/shared/needs/needs.schemas';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { NeedBuyerRow, NeedRow, NewNeedRow } from './needs.repo';

/** `withContacts`: the caller decided the viewer may see the buyer's contacts (needs.permissions.ts). */
export function toNeed(row: NeedRow, buyer: NeedBuyerRow, withContacts: boolean): Need {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    okpd2: row.okpd2,
    tnved: row.tnved,
    quantity: row.quantity === null ? null : trimDecimal(row.quantity),
    unit: row.unit as Need['unit'],
    targetUnitPrice: row.targetUnitPrice,
    neededBy: row.neededBy,
    deliveryRegionCode: row.deliveryRegionCode,
    replaces: row.replaces,
    critical: row.critical,
    allowSplitAward: row.allowSplitAward,
    status: row.status as Need['status'],
    version: row.version,
    buyerOrganizationId: row.buyerOrganizationId,
    postedByOrganizationId: row.postedByOrganizationId,
    buyer: toOrganizationRef(buyer),
    ...(withContacts ? { buyerContacts: buyer.contacts } : {}),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What audit events keep of a need: the fields, never the buyer's contacts. */
export function toNeedAudit(row: NeedRow) {
  const { createdAt: _created, updatedAt: _updated, publishedAt: _published, ...fields } = row;
  return fields;
}

type Placement = {
  buyerOrganizationId: string;
  postedByOrganizationId: string;
  status: 'draft' | 'open';
  publishedAt: Date | null;
};

export function toNewNeedRow(input: CreateNeed, placement: Placement): NewNeedRow {
  return {
    ...placement,
    title: input.title,
    description: input.description,
    // A draft may lack what publishing requires (createNeedSchema asks for it when publishing).
    okpd2: input.okpd2 ?? null,
    tnved: input.tnved ?? null,
    quantity: input.quantity ?? null,
    unit: input.unit ?? null,
    targetUnitPrice: input.targetUnitPrice ?? null,
    neededBy: input.neededBy ?? null,
    deliveryRegionCode: input.deliveryRegionCode ?? null,
    replaces: input.replaces ?? null,
    critical: input.critical,
    allowSplitAward: input.allowSplitAward,
  };
}

/** The patch's keys are column names; zod leaves out what the client did not send, `null` clears. */
export const toNeedChanges = (patch: UpdateNeed): Partial<NewNeedRow> => ({ ...patch });
