import type { CreateNeedInput, Need, UpdateNeed, updateNeedSchema } from '@zamena/shared/needs/needs.schemas';
import type { z } from 'zod';

/** The form keeps every field as text (decimals stay strings, DESIGN.md §2); checkboxes as 'true' | ''. */
export type NeedFormValues = {
  title: string;
  description: string;
  okpd2: string;
  tnved: string;
  quantity: string;
  unit: string;
  targetUnitPrice: string;
  neededBy: string;
  deliveryRegionCode: string;
  replaces: string;
  critical: string;
  allowSplitAward: string;
  buyerOrganizationId: string;
};

/** Form fields are named after the schema's keys, so a server error's path finds its field. */
export const NEED_FORM_PATHS: Record<keyof NeedFormValues, string> = {
  title: 'title',
  description: 'description',
  okpd2: 'okpd2',
  tnved: 'tnved',
  quantity: 'quantity',
  unit: 'unit',
  targetUnitPrice: 'targetUnitPrice',
  neededBy: 'neededBy',
  deliveryRegionCode: 'deliveryRegionCode',
  replaces: 'replaces',
  critical: 'critical',
  allowSplitAward: 'allowSplitAward',
  buyerOrganizationId: 'buyerOrganizationId',
};

const flag = (value: boolean) => (value ? 'true' : '');

export function emptyNeedValues(regionCode: string): NeedFormValues {
  return {
    title: '',
    description: '',
    okpd2: '',
    tnved: '',
    quantity: '',
    unit: '796',
    targetUnitPrice: '',
    neededBy: '',
    deliveryRegionCode: regionCode,
    replaces: '',
    critical: '',
    allowSplitAward: '',
    buyerOrganizationId: '',
  };
}

export function needToValues(need: Need): NeedFormValues {
  return {
    title: need.title,
    description: need.description,
    okpd2: need.okpd2 ?? '',
    tnved: need.tnved ?? '',
    quantity: need.quantity ?? '',
    unit: need.unit ?? '',
    targetUnitPrice: need.targetUnitPrice ?? '',
    neededBy: need.neededBy ?? '',
    deliveryRegionCode: need.deliveryRegionCode ?? '',
    replaces: need.replaces ?? '',
    critical: flag(need.critical),
    allowSplitAward: flag(need.allowSplitAward),
    buyerOrganizationId: need.buyerOrganizationId,
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value);
const nullable = (value: string) => (value.trim() === '' ? null : value);

/** A draft needs only a title: empty fields are left out, and `publish` asks for them (the schema). */
export function toCreateInput(values: NeedFormValues, publish = false): CreateNeedInput {
  return {
    title: values.title,
    description: values.description,
    okpd2: optional(values.okpd2),
    tnved: optional(values.tnved),
    quantity: optional(values.quantity),
    // The unit select offers OKEI codes only; the schema checks it anyway.
    unit: optional(values.unit) as CreateNeedInput['unit'],
    targetUnitPrice: optional(values.targetUnitPrice),
    neededBy: optional(values.neededBy),
    deliveryRegionCode: optional(values.deliveryRegionCode),
    publish,
    replaces: optional(values.replaces),
    critical: values.critical === 'true',
    allowSplitAward: values.allowSplitAward === 'true',
    buyerOrganizationId: optional(values.buyerOrganizationId),
  };
}

/** Every editable field; emptied ones become null, which clears them on the server (a draft's only). */
export function toUpdateInput(values: NeedFormValues): z.input<typeof updateNeedSchema> {
  const { buyerOrganizationId: _buyer, publish: _publish, ...create } = toCreateInput(values);
  return {
    ...create,
    okpd2: nullable(values.okpd2),
    quantity: nullable(values.quantity),
    unit: nullable(values.unit) as CreateNeedInput['unit'] | null,
    neededBy: nullable(values.neededBy),
    deliveryRegionCode: nullable(values.deliveryRegionCode),
    tnved: nullable(values.tnved),
    targetUnitPrice: nullable(values.targetUnitPrice),
    replaces: nullable(values.replaces),
  };
}

/** Only what the user changed goes into the PATCH, so the audit trail and matching see real changes. */
export function changedFields(need: Need, update: UpdateNeed): UpdateNeed {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    if (value !== need[key as keyof Need]) changes[key] = value;
  }
  return changes as UpdateNeed;
}
