import { registerSchema } from '@zamena/shared/auth/auth.schemas';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { fieldMessagesFromIssues, fieldMessagesFromProblem, messageFromText } from './field-messages';

const valid = {
  email: 'owner@zavod.ru',
  password: 'long-enough-password',
  fullName: 'Ирина Петрова',
  language: 'ru',
  organization: {
    kind: 'enterprise',
    name: 'АО Завод',
    inn: '7707083893',
    ogrn: '1027700132195',
    regionCode: '77',
  },
};

function messagesFor(input: unknown) {
  const result = registerSchema.safeParse(input);
  return result.success ? {} : fieldMessagesFromIssues(result.error.issues, input);
}

describe('field messages', () => {
  it('accepts a valid registration', () => {
    expect(messagesFor(valid)).toEqual({});
  });

  it('names the broken check digit of an INN and an OGRN', () => {
    const input = {
      ...valid,
      organization: { ...valid.organization, inn: '7707083890', ogrn: '1027700132190' },
    };
    expect(messagesFor(input)).toEqual({
      'organization.inn': { key: 'innChecksum' },
      'organization.ogrn': { key: 'ogrnChecksum' },
    });
  });

  it('says a field is required when it is empty, and asks to pick a region', () => {
    const input = { ...valid, fullName: ' ', organization: { ...valid.organization, regionCode: '' } };
    expect(messagesFor(input)).toEqual({
      fullName: { key: 'required' },
      'organization.regionCode': { key: 'regionCode' },
    });
  });

  it('gives the minimum length of a short password', () => {
    expect(messagesFor({ ...valid, password: 'short' })).toEqual({
      password: { key: 'minLength', count: 10 },
    });
  });

  it('translates known server messages and shows unknown ones as they are', () => {
    expect(messageFromText('password', 'Too small: expected string to have >=10 characters')).toEqual({
      key: 'minLength',
      count: 10,
    });
    expect(messageFromText('organization.inn', 'checksum does not match')).toEqual({ key: 'innChecksum' });
    expect(messageFromText('x', 'something new')).toEqual({ text: 'something new' });
  });

  it('translates what publishing a draft lacks and a quantity above the need', () => {
    expect(messageFromText('okpd2', 'is required')).toEqual({ key: 'required' });
    expect(messageFromText('quantity', "must not exceed the need's quantity (12.5)")).toEqual({
      key: 'aboveNeedQuantity',
      max: '12.5',
    });
  });

  it('puts field-level problems next to their field', () => {
    const error = new ApiError({ type: 't', title: 'Conflict', status: 409, code: 'organization_exists' });
    expect(fieldMessagesFromProblem(error)).toEqual({
      'organization.inn': { problem: 'organization_exists' },
    });
  });
});
