import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import {
  canManageNeed,
  canSeeBuyerContacts,
  canSeeNeed,
  mustBeVerifiedCentre,
  needBuyerRefusal,
  needPosterRefusal,
} from './needs.permissions';

const actor = (
  kind: Actor['organizationKind'],
  organizationId: string,
  extra: Partial<Actor> = {},
): Actor => ({
  userId: 'u',
  organizationId,
  organizationKind: kind,
  regionCode: '62',
  role: 'member',
  isAdmin: false,
  ...extra,
});
const buyer = actor('enterprise', 'buyer');
const centre = actor('center', 'centre');
const supplier = actor('enterprise', 'supplier');
const analyst = actor('association', 'assoc');
const admin = actor('association', 'operator', { isAdmin: true });
const need = (status: string) => ({ status, buyerOrganizationId: 'buyer', postedByOrganizationId: 'centre' });

describe('who sees and changes a need', () => {
  it('shows drafts, cancelled and closed needs only to the buyer, the poster and analysts', () => {
    for (const status of ['draft', 'cancelled', 'closed']) {
      expect([buyer, centre, analyst, admin].every((a) => canSeeNeed(a, need(status)))).toBe(true);
      expect(canSeeNeed(supplier, need(status))).toBe(false);
    }
    for (const status of ['open', 'awarded', 'expired'])
      expect(canSeeNeed(supplier, need(status))).toBe(true);
  });

  it('hides buyer contacts from suppliers', () => {
    expect(canSeeBuyerContacts(supplier, need('open'))).toBe(false);
    expect([buyer, centre, analyst, admin].every((a) => canSeeBuyerContacts(a, need('open')))).toBe(true);
  });

  it('lets the buyer, the posting centre and an administrator change it; not an analyst', () => {
    expect([buyer, centre, admin].every((a) => canManageNeed(a, need('open')))).toBe(true);
    expect(canManageNeed(analyst, need('open'))).toBe(false);
    expect(canManageNeed(supplier, need('open'))).toBe(false);
    expect(mustBeVerifiedCentre(centre)).toBe(true);
    expect(mustBeVerifiedCentre(buyer)).toBe(false);
  });
});

describe('who posts a need for whom', () => {
  const enterprise = (id: string, regionCode = '62') => ({ id, kind: 'enterprise', regionCode });

  it('refuses associations but not administrators', () => {
    expect(needPosterRefusal(analyst)?.code).toBe('association_cannot_post');
    expect(needPosterRefusal(admin)).toBeNull();
    expect(needPosterRefusal(centre)).toBeNull();
  });

  it('keeps an enterprise to its own needs', () => {
    expect(needBuyerRefusal(buyer, undefined, undefined)).toBeNull();
    expect(needBuyerRefusal(buyer, 'buyer', enterprise('buyer'))).toBeNull();
    expect(needBuyerRefusal(buyer, 'other', enterprise('other'))).toMatchObject({
      status: 403,
      code: 'cannot_post_for_others',
    });
  });

  it('keeps a centre to enterprises of its region', () => {
    expect(needBuyerRefusal(centre, 'e', enterprise('e'))).toBeNull();
    expect(needBuyerRefusal(centre, 'e', enterprise('e', '50'))).toMatchObject({
      status: 403,
      code: 'buyer_outside_region',
    });
    expect(needBuyerRefusal(centre, undefined, undefined)?.code).toBe('buyer_required');
    expect(needBuyerRefusal(centre, 'x', undefined)?.code).toBe('unknown_buyer');
    expect(needBuyerRefusal(centre, 'c', { id: 'c', kind: 'center', regionCode: '62' })?.code).toBe(
      'buyer_not_enterprise',
    );
  });

  it('lets an administrator name any enterprise', () => {
    expect(needBuyerRefusal(admin, 'e', enterprise('e', '50'))).toBeNull();
    expect(needBuyerRefusal(admin, undefined, undefined)?.code).toBe('buyer_required');
  });
});
