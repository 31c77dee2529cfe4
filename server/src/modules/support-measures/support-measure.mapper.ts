import {
  type SupportMeasure,
  type SupportMeasureRef,
  supportMeasureTypeSchema,
} from '@zamena/shared/support-measures/support-measures.schemas';
import type { SupportMeasureRow } from './support-measures.repo';

export const toSupportMeasure = (row: SupportMeasureRow): SupportMeasure => ({
  id: row.id,
  name: row.name,
  operator: row.operator,
  description: row.description,
  // The column's check constraint holds the same list.
  type: supportMeasureTypeSchema.parse(row.type),
  maxAmount: row.maxAmount,
  okpd2Prefixes: row.okpd2Prefixes,
  regionCodes: row.regionCodes,
  url: row.url,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toSupportMeasureRef = (row: SupportMeasureRow): SupportMeasureRef => ({
  id: row.id,
  name: row.name,
  operator: row.operator,
  type: supportMeasureTypeSchema.parse(row.type),
  maxAmount: row.maxAmount,
  url: row.url,
});

/** What audit events keep: the written fields. */
export function toSupportMeasureAudit(row: SupportMeasureRow) {
  const { createdAt: _created, updatedAt: _updated, ...fields } = row;
  return fields;
}
