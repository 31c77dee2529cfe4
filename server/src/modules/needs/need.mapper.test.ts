import { describe, expect, it } from 'vitest';
import { toNeed, toNeedAudit, toNeedChanges, toNewNeedRow } from './need.mapper';
import type { NeedRow } from './needs.repo';

const row: NeedRow = {
  id: 'n1',
  buyerOrganizationId: 'b1',
  postedByOrganizationId: 'c1',
  title: 'Подшипник',
  description: '',
  okpd2: '28.15.10.123',
  tnved: null,
  quantity: '1200.500',
  unit: '796',
  targetUnitPrice: '850.00',
  neededBy: '2030-03-01',
  deliveryRegionCode: '62',
  replaces: 'SKF 32210',
  critical: true,
  allowSplitAward: false,
  status: 'open',
  version: 3,
  publishedAt: new Date('2030-01-01T10:00:00Z'),
  createdAt: new Date('2030-01-01T09:00:00Z'),
  updatedAt: new Date('2030-01-02T09:00:00Z'),
};
const buyer = { id: 'b1', name: 'АО Завод', regionCode: '62', verified: true, contacts: { email: 'a@b.ru' } };

describe('need mapper', () => {
  it('keeps money as written, trims quantities, and adds contacts only when allowed', () => {
    const need = toNeed(row, buyer, false);
    expect(need).toMatchObject({
      quantity: '1200.5',
      targetUnitPrice: '850.00',
      neededBy: '2030-03-01',
      publishedAt: '2030-01-01T10:00:00.000Z',
      buyer: { id: 'b1', name: 'АО Завод', regionCode: '62', verified: true },
    });
    expect('buyerContacts' in need).toBe(false);
    expect(toNeed(row, buyer, true).buyerContacts).toEqual({ email: 'a@b.ru' });
  });

  it('keeps timestamps and contacts out of audit events', () => {
    expect(toNeedAudit(row)).not.toHaveProperty('createdAt');
    expect(toNeedAudit(row)).toMatchObject({ id: 'n1', version: 3, status: 'open' });
  });

  it('turns a create body into a row and a patch into only the named columns', () => {
    const created = toNewNeedRow(
      {
        title: 'Т',
        description: '',
        okpd2: '28',
        quantity: '1',
        unit: '166',
        neededBy: '2030-01-01',
        deliveryRegionCode: '62',
        critical: false,
        allowSplitAward: false,
        publish: false,
      },
      { buyerOrganizationId: 'b', postedByOrganizationId: 'b', status: 'draft', publishedAt: null },
    );
    expect(created).toMatchObject({ tnved: null, replaces: null, targetUnitPrice: null, status: 'draft' });
    expect(toNeedChanges({ replaces: null, quantity: '2' })).toEqual({ replaces: null, quantity: '2' });
  });
});
