import {
  createCapabilitySchema,
  updateCapabilitySchema,
  type Capability,
} from '@zamena/shared/capabilities/capabilities.schemas';
import { describe, expect, it } from 'vitest';
import { fieldMessagesFromIssues } from '../../../i18n/field-messages';
import {
  capabilityToValues,
  changedCapabilityFields,
  emptyCapabilityValues,
  missingDeliveryRegions,
  toCreateCapabilityInput,
  toUpdateCapabilityInput,
} from './capability-form-values';

const filled = {
  ...emptyCapabilityValues(),
  title: 'Подшипники роликовые конические',
  okpd2: '28.15.10.120,28.15.10.121',
  monthlyCapacity: '5000',
  leadTimeDays: '45',
  analogues: 'SKF 32210\nFAG 32210, series X',
};

function messages(values: typeof filled) {
  const input = toCreateCapabilityInput(values);
  const result = createCapabilitySchema.safeParse(input);
  return result.success ? {} : fieldMessagesFromIssues(result.error.issues, input);
}

describe('capability form values', () => {
  it('builds lists from the joined fields; "all regions" is an empty list', () => {
    const parsed = createCapabilitySchema.parse(toCreateCapabilityInput(filled));
    expect(parsed).toMatchObject({
      okpd2: ['28.15.10.120', '28.15.10.121'],
      leadTimeDays: 45,
      deliveryRegionCodes: [],
      analogues: ['SKF 32210', 'FAG 32210, series X'],
    });
    expect(parsed.localization).toBeUndefined();
  });

  it('names each broken field with a translatable message', () => {
    expect(
      messages({
        ...filled,
        okpd2: '',
        leadTimeDays: '4.5',
        monthlyCapacity: 'много',
        pp719RegistryNumber: '1',
      }),
    ).toEqual({
      okpd2: { key: 'minItems', count: 1 },
      leadTimeDays: { key: 'wholeNumber' },
      monthlyCapacity: { key: 'decimal', count: 3 },
      'localization.validUntil': { key: 'required' },
    });
    expect(messages({ ...filled, leadTimeDays: '4000' })).toEqual({
      leadTimeDays: { key: 'maxNumber', count: 3650 },
    });
  });

  it('refuses "chosen regions" with none chosen, which would otherwise mean every region', () => {
    expect(missingDeliveryRegions({ ...filled, deliveryMode: 'chosen' })).toBe(true);
    expect(missingDeliveryRegions({ ...filled, deliveryMode: 'chosen', deliveryRegionCodes: '62' })).toBe(
      false,
    );
  });

  it('patches only changed fields and clears PP 719 with null', () => {
    const capability = {
      ...createCapabilitySchema.parse(toCreateCapabilityInput(filled)),
      minOrderQuantity: null,
      manufacturerOrganizationId: '6f1c1a9e-5a57-4a57-9c57-2f1c1a9e5a57',
      localization: { pp719RegistryNumber: '10123456', validUntil: '2099-12-31' },
    } as unknown as Capability;
    const values = {
      ...capabilityToValues(capability),
      pp719RegistryNumber: '',
      pp719ValidUntil: '',
      deliveryMode: 'chosen',
      deliveryRegionCodes: '62,77',
    };
    const update = updateCapabilitySchema.parse(toUpdateCapabilityInput(values));
    expect(changedCapabilityFields(capability, update)).toEqual({
      deliveryRegionCodes: ['62', '77'],
      localization: null,
    });
  });
});
