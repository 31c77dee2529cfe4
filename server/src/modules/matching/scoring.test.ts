import { describe, expect, it } from 'vitest';
import {
  capacityScore,
  classificationScore,
  combine,
  commonOkpd2Level,
  convertQuantity,
  distanceScore,
  greatCircleKm,
  leadTimeScore,
  MATCHING_CONFIG,
  scoreMatch,
  selectTop,
  textScore,
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

describe('text', () => {
  it('counts a replaced part number found among the analogues as a full match', () => {
    expect(textScore({ words: 0, title: 0, partNumber: 1 })).toBe(1);
  });

  it('discounts a near part number: one digit off is another part', () => {
    expect(textScore({ words: 0, title: 0, partNumber: 0.8 })).toBeCloseTo(0.48, 5);
  });

  it('mixes shared words and title similarity otherwise', () => {
    expect(textScore({ words: 1, title: 0.5, partNumber: 0 })).toBeCloseTo(0.8, 5);
    expect(textScore({ words: 0, title: 0, partNumber: 0 })).toBe(0);
    expect(textScore({ words: 2, title: Number.NaN, partNumber: -1 })).toBeCloseTo(0.6, 5);
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

describe('score', () => {
  it('is the weighted sum of the components, normalised, four decimals', () => {
    const all = { classification: 1, text: 1, capacity: 1, leadTime: 1, distance: 1, trust: 1 };
    expect(combine(all)).toBe(1);
    expect(combine({ ...all, classification: 0 })).toBe(0.65);
    expect(combine({ ...all, text: 1 / 3 }, { ...MATCHING_CONFIG.weights })).toBe(0.8667);
  });

  it('explains a match: components, interregional flag and distance', () => {
    const scored = scoreMatch(need, capability, { words: 0.75, title: 0.62, partNumber: 1 }, TODAY);
    expect(scored.components).toMatchObject({ classification: 1, text: 1, leadTime: 1, trust: 1 });
    expect(scored.interregional).toBe(true);
    expect(scored.distanceKm).toBeGreaterThan(175);
    expect(scored.score).toBeGreaterThan(0.9);
    expect(scored.score).toBeLessThanOrEqual(1);
    const local = scoreMatch(
      need,
      { ...capability, regionCode: '62', location: RYAZAN },
      {
        words: 0,
        title: 0,
        partNumber: 0,
      },
      TODAY,
    );
    expect(local.interregional).toBe(false);
    expect(local.distanceKm).toBe(0);
  });

  it('keeps the top K above the threshold, best first, ties by id', () => {
    const items = [
      { id: 'b', score: 0.7 },
      { id: 'a', score: 0.7 },
      { id: 'c', score: 0.9 },
      { id: 'd', score: 0.2 },
    ];
    expect(selectTop(items, { threshold: 0.4, topK: 2 }).map((i) => i.id)).toEqual(['c', 'a']);
    expect(selectTop(items, { threshold: 0.95, topK: 20 })).toEqual([]);
  });
});
