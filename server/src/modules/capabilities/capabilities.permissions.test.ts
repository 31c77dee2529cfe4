import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor';
import { canManageCapability, canSeeCapability, manufacturerRefusal } from './capabilities.permissions';

const actor = (kind: Actor['organizationKind'], organizationId: string, isAdmin = false): Actor => ({
  userId: 'u',
  organizationId,
  organizationKind: kind,
  regionCode: '66',
  role: 'member',
  isAdmin,
});
const maker = actor('enterprise', 'maker');
const other = actor('enterprise', 'other');
const analyst = actor('association', 'assoc');
const admin = actor('association', 'operator', true);

describe('capability permissions', () => {
  it('shows active capabilities to all, inactive ones to the maker and analysts', () => {
    const inactive = { active: false, manufacturerOrganizationId: 'maker' };
    expect(canSeeCapability(other, { ...inactive, active: true })).toBe(true);
    expect(canSeeCapability(other, inactive)).toBe(false);
    expect([maker, analyst, admin].every((a) => canSeeCapability(a, inactive))).toBe(true);
    expect(canManageCapability(maker, inactive)).toBe(true);
    expect(canManageCapability(admin, inactive)).toBe(true);
    expect(canManageCapability(analyst, inactive)).toBe(false);
  });

  it('lets enterprises post for themselves and administrators for an enterprise they name', () => {
    expect(manufacturerRefusal(maker, undefined, undefined)).toBeNull();
    expect(manufacturerRefusal(maker, 'other', { id: 'other', kind: 'enterprise' })?.code).toBe(
      'cannot_post_for_others',
    );
    expect(manufacturerRefusal(actor('center', 'c'), undefined, undefined)).toMatchObject({
      status: 403,
      code: 'enterprises_only',
    });
    expect(manufacturerRefusal(analyst, undefined, undefined)?.code).toBe('enterprises_only');
    expect(manufacturerRefusal(admin, 'maker', { id: 'maker', kind: 'enterprise' })).toBeNull();
    expect(manufacturerRefusal(admin, undefined, undefined)?.code).toBe('manufacturer_required');
    expect(manufacturerRefusal(admin, 'c', { id: 'c', kind: 'center' })?.code).toBe(
      'manufacturer_not_enterprise',
    );
  });
});
