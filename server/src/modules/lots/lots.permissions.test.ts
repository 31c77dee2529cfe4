import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import { canSeeLot, listedLotStatuses, lotBidderRefusal } from './lots.permissions';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  organizationId: 'org',
  organizationKind: 'enterprise',
  regionCode: '62',
  role: 'owner',
  isAdmin: false,
  ...overrides,
});
const draft = { status: 'draft', publishedAt: null, regionCodes: ['62', '77'] };
const published = { status: 'published', publishedAt: new Date(), regionCodes: ['62', '77'] };

describe('lot permissions (DESIGN.md §3)', () => {
  it('shows drafts to analysts and to centres of a region the lot touches only', () => {
    expect(canSeeLot(actor({ organizationKind: 'association' }), draft, null)).toBe(true);
    expect(canSeeLot(actor({ isAdmin: true }), draft, null)).toBe(true);
    expect(canSeeLot(actor({ organizationKind: 'center' }), draft, '62')).toBe(true);
    expect(canSeeLot(actor({ organizationKind: 'center' }), draft, '52')).toBe(false);
    expect(canSeeLot(actor(), draft, null)).toBe(false);
  });

  it('shows published lots to everyone signed in', () => {
    expect(canSeeLot(actor(), published, null)).toBe(true);
  });

  it('lists published lots to enterprises whatever they ask for, drafts too to analysts', () => {
    expect(listedLotStatuses(actor(), null, undefined)).toEqual(['published']);
    expect(listedLotStatuses(actor(), null, ['draft', 'archived'])).toEqual(['archived']);
    expect(listedLotStatuses(actor({ organizationKind: 'association' }), null, undefined)).toEqual([
      'draft',
      'published',
    ]);
  });

  it('lets enterprises bid, but not on a lot pooling their own needs', () => {
    expect(lotBidderRefusal(actor(), ['other'])).toBeNull();
    expect(lotBidderRefusal(actor(), ['org'])?.code).toBe('own_lot');
    expect(lotBidderRefusal(actor({ organizationKind: 'center' }), [])?.code).toBe('bidders_only');
    expect(lotBidderRefusal(actor({ isAdmin: true }), [])?.code).toBe('bidders_only');
  });
});
