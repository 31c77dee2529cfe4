import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import { availableTransitions, sideOf, transitionRefusal } from './orders.permissions';

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
const order = {
  buyerOrganizationId: 'buyer',
  supplierOrganizationId: 'supplier',
  postedByOrganizationId: 'centre',
};

describe('order sides', () => {
  it('puts the buyer and the posting centre on the buyer side, analysts on none', () => {
    expect(sideOf(actor('buyer'), order)).toBe('buyer');
    expect(sideOf(actor('centre', 'center'), order)).toBe('buyer');
    expect(sideOf(actor('supplier'), order)).toBe('supplier');
    expect(sideOf(actor('analysts', 'association'), order)).toBeNull();
  });
});

describe('transitionRefusal', () => {
  it('answers 409 for a move the state does not allow and 403 for the other side’s move', () => {
    expect(transitionRefusal('supplier', 'confirmed', 'in_production')).toBeNull();
    expect(transitionRefusal('buyer', 'confirmed', 'in_production')).toMatchObject({
      status: 403,
      code: 'wrong_side',
    });
    expect(transitionRefusal('buyer', 'confirmed', 'delivered')).toMatchObject({ status: 409 });
    expect(transitionRefusal('supplier', 'shipped', 'cancelled')).toMatchObject({ status: 409 });
    expect(transitionRefusal('buyer', 'delivered', 'disputed')).toBeNull();
    expect(transitionRefusal(null, 'confirmed', 'cancelled')).toMatchObject({
      status: 403,
      code: 'not_order_party',
    });
  });

  it('offers each side only its own moves', () => {
    expect(availableTransitions('buyer', 'confirmed')).toEqual(['cancelled']);
    expect(availableTransitions('supplier', 'confirmed')).toEqual(['in_production', 'cancelled']);
    expect(availableTransitions('buyer', 'shipped')).toEqual(['delivered', 'disputed']);
    expect(availableTransitions('supplier', 'completed')).toEqual([]);
    expect(availableTransitions(null, 'confirmed')).toEqual([]);
  });
});
