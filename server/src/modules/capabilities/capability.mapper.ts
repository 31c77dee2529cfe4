import type {
  Capability,
  CreateCapability,
  UpdateCapability,
} from '@zamena/shared/capabilities/capabilities.schemas';
import { trimDecimal } from '@zamena/shared/domain/decimal';
import { okpd2Path } from '@zamena/shared/domain/okpd2';
import { toOrganizationRef } from '../organizations/organization.mapper';
import type { CapabilityRow, ManufacturerRow, NewCapabilityRow } from './capabilities.repo';

export function toCapability(row: CapabilityRow, manufacturer: ManufacturerRow): Capability {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    okpd2: row.okpd2,
    monthlyCapacity: trimDecimal(row.monthlyCapacity),
    unit: row.unit as Capability['unit'],
    minOrderQuantity: row.minOrderQuantity === null ? null : trimDecimal(row.minOrderQuantity),
    leadTimeDays: row.leadTimeDays,
    deliveryRegionCodes: row.deliveryRegionCodes,
    analogues: row.analogues,
    localization:
      row.pp719RegistryNumber && row.localizationValidUntil
        ? { pp719RegistryNumber: row.pp719RegistryNumber, validUntil: row.localizationValidUntil }
        : null,
    active: row.active,
    version: row.version,
    manufacturerOrganizationId: row.manufacturerOrganizationId,
    manufacturer: toOrganizationRef(manufacturer),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What audit events keep: the written fields, without derived search columns and timestamps. */
export function toCapabilityAudit(row: CapabilityRow) {
  const {
    okpd2Prefixes: _prefixes,
    analoguesText: _analogues,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = row;
  return fields;
}

/** Every code with all its ancestors: `28` then finds a capability coded `28.15.10.120` by `@>`. */
export const okpd2Prefixes = (codes: string[]) => [...new Set(codes.flatMap(okpd2Path))];

/** Analogues as one text for trigram and full-text search (one per line, so words never run together). */
export const analoguesText = (analogues: string[]) => analogues.join('\n');

export function toNewCapabilityRow(
  input: CreateCapability,
  manufacturerOrganizationId: string,
): NewCapabilityRow {
  return {
    manufacturerOrganizationId,
    title: input.title,
    description: input.description,
    okpd2: input.okpd2,
    okpd2Prefixes: okpd2Prefixes(input.okpd2),
    monthlyCapacity: input.monthlyCapacity,
    unit: input.unit,
    minOrderQuantity: input.minOrderQuantity ?? null,
    leadTimeDays: input.leadTimeDays,
    deliveryRegionCodes: input.deliveryRegionCodes,
    analogues: input.analogues,
    analoguesText: analoguesText(input.analogues),
    pp719RegistryNumber: input.localization?.pp719RegistryNumber ?? null,
    localizationValidUntil: input.localization?.validUntil ?? null,
  };
}

/** Only what the patch names, with the derived columns that go with it; `null` clears. */
export function toCapabilityChanges(patch: UpdateCapability): Partial<NewCapabilityRow> {
  const { okpd2, analogues, localization, ...plain } = patch;
  return {
    ...plain,
    ...(okpd2 ? { okpd2, okpd2Prefixes: okpd2Prefixes(okpd2) } : {}),
    ...(analogues ? { analogues, analoguesText: analoguesText(analogues) } : {}),
    ...(localization !== undefined
      ? {
          pp719RegistryNumber: localization?.pp719RegistryNumber ?? null,
          localizationValidUntil: localization?.validUntil ?? null,
        }
      : {}),
  };
}
