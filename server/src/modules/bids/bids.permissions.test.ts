import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import { bidderRefusal, canDecideBid, canSeeBid } from './bids.permissions';

const actor = (
  organizationId: string,
  organizationKind: Actor['organizationKind'] = 'enterprise',
  isAdmin = false,
): Actor => ({
  userId: 'u',
  organizationId,
  organizationKind,
  regionCode: '62',
  role: 'owner',
  isAdmin,
});
const need = { buyerOrganizationId: 'buyer', postedByOrganizationId: 'centre' };

describe('bidderRefusal', () => {
  it('lets another enterprise bid and refuses the buyer, centres, associations and administrators', () => {
    expect(bidderRefusal(actor('maker'), need)).toBeNull();
    expect(bidderRefusal(actor('buyer'), need)).toMatchObject({ status: 403, code: 'own_need' });
    expect(bidderRefusal(actor('centre', 'center'), need)).toMatchObject({ code: 'enterprises_only' });
    expect(bidderRefusal(actor('analysts', 'association'), need)).toMatchObject({ code: 'enterprises_only' });
    expect(bidderRefusal(actor('platform', 'association', true), need)).toMatchObject({
      code: 'enterprises_only',
    });
  });
});

describe('seeing and deciding bids', () => {
  it('shows a bid to the buyer side, analysts and its bidder; only the buyer side decides', () => {
    const bid = { bidderOrganizationId: 'maker' };
    expect(canSeeBid(actor('maker'), need, bid)).toBe(true);
    expect(canSeeBid(actor('rival'), need, bid)).toBe(false);
    expect(canSeeBid(actor('analysts', 'association'), need, bid)).toBe(true);
    expect(canDecideBid(actor('centre', 'center'), need)).toBe(true);
    expect(canDecideBid(actor('platform', 'association', true), need)).toBe(false);
    expect(canDecideBid(actor('maker'), need)).toBe(false);
  });
});
