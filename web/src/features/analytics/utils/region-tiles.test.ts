import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, GRID_ROWS, REGION_TILES } from './region-tiles';

/** The codes of the reference list the server loads: the map must hold exactly these. */
const referenceCodes = readFileSync(
  new URL('../../../../../server/src/db/reference-data/regions.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);

const tileOf = (code: string) => REGION_TILES.find((tile) => tile.code === code)!;

describe('the tile grid of the regions', () => {
  it('places each of the 85 federal subjects of the reference list exactly once', () => {
    expect(referenceCodes).toHaveLength(85);
    const codes = REGION_TILES.map((tile) => tile.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...referenceCodes].sort());
  });

  it('uses every cell once, inside an 18 × 10 grid', () => {
    const cells = REGION_TILES.map((tile) => `${tile.col},${tile.row}`);
    expect(new Set(cells).size).toBe(85);
    expect(GRID_COLUMNS).toBe(18);
    expect(GRID_ROWS).toBe(10);
  });

  it('labels every tile in both languages', () => {
    for (const tile of REGION_TILES) {
      expect(tile.label.ru).not.toBe(tile.code);
      expect(tile.label.en).toMatch(/^[A-Z]{2,3}$/);
    }
    expect(new Set(REGION_TILES.map((tile) => tile.label.ru)).size).toBe(85);
    expect(new Set(REGION_TILES.map((tile) => tile.label.en)).size).toBe(85);
  });

  it('keeps the geography readable: Kaliningrad far west, Chukotka far east, Murmansk above Krasnodar', () => {
    expect(tileOf('39').col).toBe(0);
    expect(tileOf('87').col).toBe(GRID_COLUMNS - 1);
    expect(tileOf('51').row).toBeLessThan(tileOf('23').row);
    expect(tileOf('77').col).toBeLessThan(tileOf('54').col);
    expect(tileOf('25').col).toBeGreaterThan(tileOf('38').col);
  });
});
