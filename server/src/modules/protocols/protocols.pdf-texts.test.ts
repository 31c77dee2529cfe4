import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import { formatDay, formatDecimal, formatMoment, formatRub, PROTOCOL_TEXTS } from './protocols.pdf-texts';
import { canSeeProtocol } from './protocols.permissions';

const NBSP = '\u00a0';

describe('the protocol document’s numbers and dates, exact on decimal strings', () => {
  it.each([
    ['1002000.00', 'ru', 2, `1${NBSP}002${NBSP}000,00`],
    ['1002000.00', 'en', 2, '1,002,000.00'],
    ['790.5', 'ru', 2, '790,50'],
    ['1200.000', 'ru', undefined, `1${NBSP}200`],
    ['0.125', 'en', undefined, '0.125'],
    ['999', 'en', 2, '999.00'],
  ] as const)('%s in %s', (value, language, scale, expected) => {
    expect(formatDecimal(value, language, scale)).toBe(expected);
  });

  it('writes roubles with the sign and dates the Russian way', () => {
    expect(formatRub('835.00', 'ru')).toBe(`835,00${NBSP}₽`);
    expect(formatDay('2027-03-01', 'ru')).toBe('01.03.2027');
    expect(formatDay('2027-03-01', 'en')).toBe('2027-03-01');
    expect(formatMoment('2026-12-07T23:40:12.000Z', 'ru')).toBe('07.12.2026 23:40 UTC');
  });

  it('has the same words in both languages', () => {
    expect(Object.keys(PROTOCOL_TEXTS.en).sort()).toEqual(Object.keys(PROTOCOL_TEXTS.ru).sort());
  });
});

describe('who reads a protocol', () => {
  const parties = { buyerOrganizationId: 'b', postedByOrganizationId: 'c', supplierOrganizationId: 's' };
  const actor = (
    organizationId: string,
    organizationKind: Actor['organizationKind'] = 'enterprise',
  ): Actor => ({
    userId: 'u',
    organizationId,
    organizationKind,
    regionCode: '62',
    role: 'owner',
    isAdmin: false,
  });

  it('lets the buyer, the posting centre, the selected supplier and analysts in; nobody else', () => {
    for (const id of ['b', 'c', 's']) expect(canSeeProtocol(actor(id), parties)).toBe(true);
    expect(canSeeProtocol(actor('a', 'association'), parties)).toBe(true);
    expect(canSeeProtocol(actor('loser'), parties)).toBe(false);
    expect(canSeeProtocol(actor('other', 'center'), parties)).toBe(false);
  });
});
