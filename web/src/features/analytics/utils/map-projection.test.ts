import { describe, expect, it } from 'vitest';
import { fitToView, project } from './map-projection';

const moscow = { code: '77', lat: 55.75, lon: 37.62 };
const vladivostok = { code: '25', lat: 43.12, lon: 131.89 };
const murmansk = { code: '51', lat: 68.97, lon: 33.08 };
const anadyr = { code: '87', lat: 64.73, lon: 177.51 };

describe('the map projection', () => {
  it('puts the east to the right and the north up', () => {
    expect(project(vladivostok.lat, vladivostok.lon).x).toBeGreaterThan(project(moscow.lat, moscow.lon).x);
    expect(project(murmansk.lat, murmansk.lon).y).toBeLessThan(project(moscow.lat, moscow.lon).y);
  });

  it('carries a longitude past the antimeridian on eastwards', () => {
    expect(project(65, -178).x).toBeGreaterThan(project(anadyr.lat, anadyr.lon).x);
  });

  it('fits every place inside the viewBox with its margin', () => {
    const fitted = fitToView([moscow, vladivostok, murmansk, anadyr], 1000, 20);
    expect(fitted.points).toHaveLength(4);
    for (const point of fitted.points) {
      expect(point.x).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(point.x).toBeLessThanOrEqual(980 + 1e-9);
      expect(point.y).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(point.y).toBeLessThanOrEqual(fitted.height - 20 + 1e-9);
    }
    expect(fitted.points.find((p) => p.code === '87')!.x).toBeCloseTo(980);
  });

  it('answers an empty map without failing', () => {
    expect(fitToView([], 800, 10).points).toEqual([]);
  });
});
