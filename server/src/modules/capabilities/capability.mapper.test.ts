import { describe, expect, it } from 'vitest';
import { okpd2Prefixes, toCapability, toCapabilityChanges } from './capability.mapper';
import type { CapabilityRow } from './capabilities.repo';

const row: CapabilityRow = {
  id: 'c1',
  manufacturerOrganizationId: 'm1',
  title: 'Подшипники',
  description: '',
  okpd2: ['28.15.10.123'],
  okpd2Prefixes: okpd2Prefixes(['28.15.10.123']),
  monthlyCapacity: '5000.000',
  unit: '796',
  minOrderQuantity: null,
  leadTimeDays: 45,
  deliveryRegionCodes: [],
  analogues: ['SKF 32210'],
  analoguesText: 'SKF 32210',
  pp719RegistryNumber: '10123456',
  localizationValidUntil: '2027-12-31',
  active: true,
  version: 1,
  createdAt: new Date('2030-01-01T00:00:00Z'),
  updatedAt: new Date('2030-01-01T00:00:00Z'),
};

describe('capability mapper', () => {
  it('stores every ancestor of every code for prefix search', () => {
    expect(okpd2Prefixes(['28.15.10.123', '28.13.14.110'])).toEqual([
      'C',
      '28',
      '28.1',
      '28.15',
      '28.15.1',
      '28.15.10',
      '28.15.10.120',
      '28.15.10.123',
      '28.13',
      '28.13.1',
      '28.13.14',
      '28.13.14.110',
    ]);
  });

  it('maps localization as one object, and quantities without trailing zeros', () => {
    const manufacturer = { id: 'm1', name: 'Завод', regionCode: '66', verified: false };
    expect(toCapability(row, manufacturer)).toMatchObject({
      monthlyCapacity: '5000',
      minOrderQuantity: null,
      localization: { pp719RegistryNumber: '10123456', validUntil: '2027-12-31' },
      manufacturer,
    });
    expect(toCapability({ ...row, pp719RegistryNumber: null }, manufacturer).localization).toBeNull();
  });

  it('writes derived search columns along with the fields a patch changes', () => {
    expect(toCapabilityChanges({ analogues: ['A 1', 'B 2'], localization: null })).toEqual({
      analogues: ['A 1', 'B 2'],
      analoguesText: 'A 1\nB 2',
      pp719RegistryNumber: null,
      localizationValidUntil: null,
    });
    expect(toCapabilityChanges({ okpd2: ['28'] })).toEqual({ okpd2: ['28'], okpd2Prefixes: ['C', '28'] });
    expect(toCapabilityChanges({ leadTimeDays: 3 })).toEqual({ leadTimeDays: 3 });
  });
});
