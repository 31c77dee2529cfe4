import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import { canAttach, canDeleteAttachment, writersOf } from './attachments.permissions';

const actor = (organizationId: string, extra: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  organizationId,
  organizationKind: 'enterprise',
  regionCode: '62',
  role: 'member',
  isAdmin: false,
  ...extra,
});

describe('attachment permissions', () => {
  const order = { buyerOrganizationId: 'b', postedByOrganizationId: 'c', supplierOrganizationId: 's' };

  it('lets both sides of an order attach papers, and no one else', () => {
    for (const org of ['b', 'c', 's']) expect(canAttach(actor(org), writersOf.order(order))).toBe(true);
    expect(canAttach(actor('x'), writersOf.order(order))).toBe(false);
  });

  it('keeps a need’s drawings to its buyer side and a bid’s files to its bidder', () => {
    expect(canAttach(actor('s'), writersOf.need(order))).toBe(false);
    expect(canAttach(actor('c'), writersOf.need(order))).toBe(true);
    expect(canAttach(actor('b'), writersOf.bid({ bidderOrganizationId: 's' }))).toBe(false);
    expect(canAttach(actor('s'), writersOf.capability({ manufacturerOrganizationId: 's' }))).toBe(true);
  });

  it('lets only the uploader’s organization delete a file', () => {
    expect(canDeleteAttachment(actor('b'), { organizationId: 'b' })).toBe(true);
    expect(canDeleteAttachment(actor('s'), { organizationId: 'b' })).toBe(false);
  });
});
