import type {
  Capability,
  CreateCapabilityInput,
  UpdateCapability,
  updateCapabilitySchema,
} from '@zamena/shared/capabilities/capabilities.schemas';
import type { z } from 'zod';
import { splitList } from '../../../lib/split-list';

/**
 * The form keeps every field as text, as the validated-form hook expects: lists are joined (codes and
 * region codes never contain a comma; analogues may, so they are one per line).
 */
export type CapabilityFormValues = {
  title: string;
  description: string;
  okpd2: string;
  monthlyCapacity: string;
  unit: string;
  minOrderQuantity: string;
  leadTimeDays: string;
  deliveryMode: string;
  deliveryRegionCodes: string;
  analogues: string;
  pp719RegistryNumber: string;
  pp719ValidUntil: string;
  manufacturerOrganizationId: string;
};

export const CAPABILITY_FORM_PATHS: Record<keyof CapabilityFormValues, string> = {
  title: 'title',
  description: 'description',
  okpd2: 'okpd2',
  monthlyCapacity: 'monthlyCapacity',
  unit: 'unit',
  minOrderQuantity: 'minOrderQuantity',
  leadTimeDays: 'leadTimeDays',
  deliveryMode: 'deliveryMode',
  deliveryRegionCodes: 'deliveryRegionCodes',
  analogues: 'analogues',
  pp719RegistryNumber: 'localization.pp719RegistryNumber',
  pp719ValidUntil: 'localization.validUntil',
  manufacturerOrganizationId: 'manufacturerOrganizationId',
};

export const joinCodes = (codes: readonly string[]) => codes.join(',');
export const joinLines = (lines: readonly string[]) => lines.join('\n');

export function emptyCapabilityValues(): CapabilityFormValues {
  return {
    title: '',
    description: '',
    okpd2: '',
    monthlyCapacity: '',
    unit: '796',
    minOrderQuantity: '',
    leadTimeDays: '',
    deliveryMode: 'all',
    deliveryRegionCodes: '',
    analogues: '',
    pp719RegistryNumber: '',
    pp719ValidUntil: '',
    manufacturerOrganizationId: '',
  };
}

export function capabilityToValues(capability: Capability): CapabilityFormValues {
  return {
    title: capability.title,
    description: capability.description,
    okpd2: joinCodes(capability.okpd2),
    monthlyCapacity: capability.monthlyCapacity,
    unit: capability.unit,
    minOrderQuantity: capability.minOrderQuantity ?? '',
    leadTimeDays: String(capability.leadTimeDays),
    deliveryMode: capability.deliveryRegionCodes.length === 0 ? 'all' : 'chosen',
    deliveryRegionCodes: joinCodes(capability.deliveryRegionCodes),
    analogues: joinLines(capability.analogues),
    pp719RegistryNumber: capability.localization?.pp719RegistryNumber ?? '',
    pp719ValidUntil: capability.localization?.validUntil ?? '',
    manufacturerOrganizationId: capability.manufacturerOrganizationId,
  };
}

/** Digits become a number; anything else is passed on for the schema to refuse with its message. */
function wholeNumber(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function localization(values: CapabilityFormValues) {
  const number = values.pp719RegistryNumber.trim();
  const validUntil = values.pp719ValidUntil.trim();
  // Both empty: no PP 719 confirmation. One of them filled: the schema asks for the other.
  return number || validUntil ? { pp719RegistryNumber: number, validUntil } : undefined;
}

export function toCreateCapabilityInput(values: CapabilityFormValues): CreateCapabilityInput {
  const manufacturer = values.manufacturerOrganizationId.trim();
  return {
    title: values.title,
    description: values.description,
    okpd2: splitList(values.okpd2, ','),
    monthlyCapacity: values.monthlyCapacity,
    unit: values.unit as CreateCapabilityInput['unit'],
    minOrderQuantity: values.minOrderQuantity.trim() || undefined,
    leadTimeDays: wholeNumber(values.leadTimeDays) as number,
    deliveryRegionCodes: values.deliveryMode === 'all' ? [] : splitList(values.deliveryRegionCodes, ','),
    analogues: splitList(values.analogues, '\n'),
    localization: localization(values),
    manufacturerOrganizationId: manufacturer || undefined,
  };
}

export function toUpdateCapabilityInput(
  values: CapabilityFormValues,
): z.input<typeof updateCapabilitySchema> {
  const { manufacturerOrganizationId: _manufacturer, ...create } = toCreateCapabilityInput(values);
  return {
    ...create,
    minOrderQuantity: values.minOrderQuantity.trim() || null,
    localization: localization(values) ?? null,
  };
}

/** True when "chosen regions" is selected but none was added: that would silently mean "everywhere". */
export const missingDeliveryRegions = (values: CapabilityFormValues) =>
  values.deliveryMode === 'chosen' && splitList(values.deliveryRegionCodes, ',').length === 0;

/** Only what the user changed goes into the PATCH. */
export function changedCapabilityFields(capability: Capability, update: UpdateCapability): UpdateCapability {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    const before = capability[key as keyof Capability];
    if (JSON.stringify(value) !== JSON.stringify(before)) changes[key] = value;
  }
  return changes as UpdateCapability;
}
