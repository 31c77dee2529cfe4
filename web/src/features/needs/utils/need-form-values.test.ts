import { createNeedSchema, updateNeedSchema, type Need } from '@zamena/shared/needs/needs.schemas';
import { describe, expect, it } from 'vitest';
import { fieldMessagesFromIssues } from '../../../i18n/field-messages';
import {
  changedFields,
  emptyNeedValues,
  needToValues,
  toCreateInput,
  toUpdateInput,
} from './need-form-values';

const filled = {
  ...emptyNeedValues('62'),
  title: 'Подшипник роликовый конический 7510',
  okpd2: '28.15.10.120',
  quantity: '1200',
  targetUnitPrice: '850.00',
  neededBy: '2099-03-01',
  critical: 'true',
};

function messages(values: typeof filled, publish = true) {
  const input = toCreateInput(values, publish);
  const result = createNeedSchema.safeParse(input);
  return result.success ? {} : fieldMessagesFromIssues(result.error.issues, input);
}

describe('need form values', () => {
  it('turns the text fields into a valid create body, leaving empty optional fields out', () => {
    const parsed = createNeedSchema.parse(toCreateInput(filled));
    expect(parsed).toMatchObject({ quantity: '1200', unit: '796', critical: true, allowSplitAward: false });
    expect(parsed.tnved).toBeUndefined();
    expect(parsed.buyerOrganizationId).toBeUndefined();
  });

  it('names each broken field with a message key the locales translate', () => {
    expect(messages({ ...filled, quantity: '12,5,1', okpd2: '', neededBy: '', tnved: '123' })).toEqual({
      quantity: { key: 'decimal', count: 3 },
      okpd2: { key: 'required' },
      neededBy: { key: 'required' },
      tnved: { key: 'tnved' },
    });
    expect(messages({ ...filled, quantity: '0', targetUnitPrice: '1.999' })).toEqual({
      quantity: { key: 'positive' },
      targetUnitPrice: { key: 'decimal', count: 2 },
    });
  });

  it('asks a draft for its title only, and takes numbers typed with a comma and spaces', () => {
    const titleOnly = { ...emptyNeedValues('62'), unit: '', deliveryRegionCode: '', title: 'Втулка' };
    expect(messages(titleOnly, false)).toEqual({});
    expect(messages({ ...titleOnly, title: '' }, false)).toEqual({ title: { key: 'required' } });
    expect(Object.keys(messages(titleOnly, true)).sort()).toEqual([
      'deliveryRegionCode',
      'neededBy',
      'okpd2',
      'quantity',
      'unit',
    ]);
    const parsed = createNeedSchema.parse(
      toCreateInput({ ...filled, quantity: '1 200,5', targetUnitPrice: '1 200,50 ₽' }),
    );
    expect(parsed).toMatchObject({ quantity: '1200.5', targetUnitPrice: '1200.50' });
  });

  it('sends only the fields that changed, and null to clear an optional one', () => {
    const need = {
      ...createNeedSchema.parse(toCreateInput(filled)),
      tnved: null,
      targetUnitPrice: '850.00',
      replaces: 'SKF 32210',
      buyerOrganizationId: '6f1c1a9e-5a57-4a57-9c57-2f1c1a9e5a57',
    } as unknown as Need;
    const values = { ...needToValues(need), quantity: '1500', replaces: '' };
    const update = updateNeedSchema.parse(toUpdateInput(values));
    expect(changedFields(need, update)).toEqual({ quantity: '1500', replaces: null });
  });
});
