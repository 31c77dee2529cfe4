import { describe, expect, it } from 'vitest';
import type { Relevance } from './relevance/relevance';
import {
  capacityScore,
  classificationScore,
  commonOkpd2Level,
  convertQuantity,
  distanceScore,
  fitOf,
  greatCircleKm,
  leadTimeScore,
  MATCHING_CONFIG,
  scoreMatch,
  selectTop,
  trustScore,
  type CapabilityFacts,
  type NeedFacts,
} from './scoring';

const RYAZAN = { lat: 54.6269, lon: 39.6916 };
const MOSCOW = { lat: 55.7558, lon: 37.6173 };
const VLADIVOSTOK = { lat: 43.1155, lon: 131.8855 };
const TODAY = '2030-01-01';

const need: NeedFacts = {
  okpd2: '28.15.10.121',
  quantity: '1200',
  unit: '796',
  neededBy: '2030-03-02',
  regionCode: '62',
  location: RYAZAN,
};
const capability: CapabilityFacts = {
  okpd2: ['28.15.10.121'],
  monthlyCapacity: '600',
  unit: '796',
  minOrderQuantity: '100',
  leadTimeDays: 45,
  regionCode: '77',
  location: MOSCOW,
  verified: true,
  pp719RegistryNumber: '10123456',
  localizationValidUntil: '2031-12-31',
};

describe('classification', () => {
  it('scores the deepest common OKPD2 level by the configured table', () => {
    expect(classificationScore('28.15.10.121', ['28.15.10.121'])).toBe(1);
    expect(classificationScore('28.15.10.121', ['28.15.10.122'])).toBe(0.9);
    expect(classificationScore('28.15.10.121', ['28.15.10.130'])).toBe(0.75);
    expect(classificationScore('28.15.10.121', ['28.15.11.110'])).toBe(0.6);
    expect(classificationScore('28.15.10.121', ['28.15.20.110'])).toBe(0.5);
    expect(classificationScore('28.15.10.121', ['28.14.11.110'])).toBe(0);
    expect(classificationScore('28.15.10.121', ['25.73.40.111'])).toBe(0);
  });

  it('takes the best of several capability codes', () => {
    expect(classificationScore('28.15.10.121', ['25.73.40.111', '28.15.10.129', '28.15'])).toBe(0.9);
  });

  it('finds the common level of codes at different depths', () => {
    expect(commonOkpd2Level('28.15.10.121', '28.15')).toBe('group');
    expect(commonOkpd2Level('28.15', '28.15.10.121')).toBe('group');
    expect(commonOkpd2Level('28.15.10.120', '28.15.10.121')).toBe('category');
    expect(commonOkpd2Level('28.15', '25.73')).toBe('section');
  });
});

describe('capacity', () => {
  it('compares monthly capacity over the months until needed-by with the quantity', () => {
    // 60 days ≈ 1.97 months × 600 = 1183 of 1200.
    expect(capacityScore(need, capability, TODAY)).toBeCloseTo(0.986, 3);
    expect(capacityScore({ ...need, quantity: '100' }, capability, TODAY)).toBe(1);
  });

  it('is 0 below the minimum order quantity, in unconvertible units, or past the date', () => {
    expect(capacityScore({ ...need, quantity: '50' }, capability, TODAY)).toBe(0);
    expect(capacityScore({ ...need, unit: '166' }, capability, TODAY)).toBe(0);
    expect(capacityScore(need, capability, '2030-03-02')).toBe(0);
  });

  it('converts tonnes to kilograms and litres to cubic metres', () => {
    expect(convertQuantity(2, '168', '166')).toBe(2000);
    expect(convertQuantity(500, '112', '113')).toBe(0.5);
    expect(convertQuantity(1, '796', '166')).toBeNull();
    expect(convertQuantity(3, '798', '796')).toBe(3000);
    expect(convertQuantity(2500, '003', '006')).toBe(2.5);
    expect(convertQuantity(12, '018', '006')).toBe(12);
    expect(convertQuantity(250, '163', '166')).toBe(0.25);
    // How many pieces a pair or a set holds depends on the product: no conversion.
    expect(convertQuantity(1, '715', '796')).toBeNull();
    const steel = { ...capability, unit: '168', monthlyCapacity: '1', minOrderQuantity: null };
    expect(capacityScore({ ...need, unit: '166', quantity: '4000' }, steel, TODAY)).toBeCloseTo(0.493, 3);
  });
});

describe('lead time', () => {
  it('is 1 when it fits, the share that fits otherwise, 0 once the date has passed', () => {
    expect(leadTimeScore('2030-03-02', 45, TODAY)).toBe(1);
    expect(leadTimeScore('2030-01-31', 60, TODAY)).toBe(0.5);
    expect(leadTimeScore('2030-01-31', 0, TODAY)).toBe(1);
    expect(leadTimeScore('2029-12-31', 10, TODAY)).toBe(0);
  });
});

describe('distance', () => {
  it('measures great-circle kilometres between administrative centres', () => {
    expect(greatCircleKm(MOSCOW, RYAZAN)).toBeGreaterThan(175);
    expect(greatCircleKm(MOSCOW, RYAZAN)).toBeLessThan(190);
    expect(greatCircleKm(MOSCOW, VLADIVOSTOK)).toBeGreaterThan(6350);
    expect(greatCircleKm(MOSCOW, MOSCOW)).toBe(0);
  });

  it('halves the score at the configured scale', () => {
    expect(distanceScore(0)).toBe(1);
    expect(distanceScore(MATCHING_CONFIG.distanceScaleKm)).toBe(0.5);
    expect(distanceScore(6400)).toBeLessThan(0.14);
  });
});

describe('trust', () => {
  it('adds a verified organization and a PP 719 localization valid today', () => {
    expect(trustScore(capability, TODAY)).toBe(1);
    expect(trustScore({ ...capability, verified: false }, TODAY)).toBe(0.5);
    expect(trustScore({ ...capability, localizationValidUntil: '2029-12-31' }, TODAY)).toBe(0.5);
    expect(trustScore({ ...capability, verified: false, pp719RegistryNumber: null }, TODAY)).toBe(0);
  });
});

const relevance = (value: number): Relevance => ({
  relevance: value,
  part: 'none',
  evidence: { terms: value, head: 1, partNumber: 0, designation: 0, attributes: 1, classification: 1 },
});

describe('score', () => {
  it('averages fit by its weights', () => {
    const all = { capacity: 1, leadTime: 1, distance: 1, trust: 1 };
    expect(fitOf(all)).toBe(1);
    expect(fitOf({ ...all, capacity: 0 })).toBeCloseTo(0.65, 5);
    expect(fitOf({ capacity: 0, leadTime: 0, distance: 0, trust: 0 })).toBe(0);
  });

  it('is relevance first: fit moves it by at most the fit share, never above relevance', () => {
    const scored = scoreMatch(need, capability, relevance(0.8), TODAY);
    expect(scored.relevance).toBe(0.8);
    expect(scored.score).toBeLessThanOrEqual(0.8);
    expect(scored.score).toBeGreaterThanOrEqual(0.8 * (1 - MATCHING_CONFIG.fitShare));
    const poor = scoreMatch(
      need,
      { ...capability, verified: false, pp719RegistryNumber: null, leadTimeDays: 600 },
      relevance(0.8),
      TODAY,
    );
    expect(poor.score).toBeLessThan(scored.score);
    // A better fit never lifts a less relevant capability over a more relevant one by a full tier.
    expect(scoreMatch(need, capability, relevance(0.2), TODAY).score).toBeLessThan(poor.score);
  });

  it('alerts at the threshold and not below: strong and possible matches', () => {
    expect(scoreMatch(need, capability, relevance(MATCHING_CONFIG.alertThreshold), TODAY).notified).toBe(
      true,
    );
    expect(
      scoreMatch(need, capability, relevance(MATCHING_CONFIG.alertThreshold - 0.01), TODAY).notified,
    ).toBe(false);
  });

  it('explains a match: evidence, fit, interregional flag and distance', () => {
    const scored = scoreMatch(need, capability, relevance(0.9), TODAY);
    expect(scored.components).toMatchObject({
      terms: 0.9,
      head: 1,
      classification: 1,
      leadTime: 1,
      trust: 1,
    });
    expect(scored.interregional).toBe(true);
    expect(scored.distanceKm).toBeGreaterThan(175);
    const local = scoreMatch(
      need,
      { ...capability, regionCode: '62', location: RYAZAN },
      relevance(0.9),
      TODAY,
    );
    expect(local.interregional).toBe(false);
    expect(local.distanceKm).toBe(0);
  });

  it('keeps the top K relevant enough to show, best first, ties by id', () => {
    const items = [
      { id: 'b', score: 0.7, relevance: 0.7 },
      { id: 'a', score: 0.7, relevance: 0.7 },
      { id: 'c', score: 0.9, relevance: 0.9 },
      { id: 'd', score: 0.2, relevance: 0.2 },
    ];
    expect(selectTop(items, { possibleThreshold: 0.3, topK: 2 }).map((i) => i.id)).toEqual(['c', 'a']);
    expect(selectTop(items, { possibleThreshold: 0.3, topK: 20 }).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(selectTop(items, { possibleThreshold: 0.95, topK: 20 })).toEqual([]);
  });
});
