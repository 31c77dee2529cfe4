import { describe, expect, it } from 'vitest';
import { distanceKm, proximityOf, siteFits } from './sites.rules';

describe('siteFits', () => {
  it('fits goods under a specialization class and a class over a narrower specialization', () => {
    expect(siteFits(['28'], '28.15.10')).toBe(true);
    expect(siteFits(['28.15'], '28')).toBe(true);
    expect(siteFits(['28.15'], '28.14')).toBe(false);
    expect(siteFits(['26', '27'], '25.73')).toBe(false);
  });

  it('fits any goods when the site names no specialization', () => {
    expect(siteFits([], '10.11')).toBe(true);
  });
});

describe('proximityOf', () => {
  const kazan = { code: '16', federalDistrict: 'volga', lat: 55.79, lon: 49.11 };
  const moscow = { code: '77', federalDistrict: 'central', lat: 55.75, lon: 37.62 };

  it('puts a site in a demand region first, then one in the same district, and no other', () => {
    expect(
      proximityOf({ regionCode: '16', federalDistrict: 'volga', lat: 55.78, lon: 52.05 }, [kazan])?.proximity,
    ).toBe('same_region');
    expect(
      proximityOf({ regionCode: '63', federalDistrict: 'volga', lat: 53.53, lon: 49.3 }, [kazan, moscow]),
    ).toEqual({ proximity: 'same_district', distanceKm: expect.any(Number) });
    expect(
      proximityOf({ regionCode: '70', federalDistrict: 'siberian', lat: 56.5, lon: 84.95 }, [kazan]),
    ).toBeNull();
  });

  it('measures great-circle distance in kilometres', () => {
    expect(Math.round(distanceKm(kazan, moscow))).toBeGreaterThan(700);
    expect(Math.round(distanceKm(kazan, moscow))).toBeLessThan(740);
  });
});
