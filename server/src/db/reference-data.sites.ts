import { sql } from 'drizzle-orm';
import type { DbExecutor } from './client';
import { sites } from './schema';

const KINDS = new Set(['sez', 'technopark', 'industrial_park', 'cluster']);

/** Parses `sites.tsv` (header, then name, kind, region, lat, lon, OKPD2 codes, benefits, source). */
export function parseSites(content: string) {
  const [, ...lines] = content.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [name, kind, regionCode, lat, lon, okpd2, benefits, sourceUrl] = line.split('\t');
    if (!name || !kind || !KINDS.has(kind) || !regionCode || !lat || !lon || okpd2 === undefined) {
      throw new Error(`sites.tsv: bad line "${line}"`);
    }
    return {
      name,
      kind,
      regionCode,
      lat: Number(lat),
      lon: Number(lon),
      okpd2Prefixes: okpd2 ? okpd2.split(',') : [],
      benefits: benefits ?? '',
      sourceUrl: sourceUrl || null,
    };
  });
}

/**
 * Upserts the seeded sites by name: the file's facts win when it changes; sites an administrator
 * added, and whether a site is active, are left as they are.
 */
export async function loadSites(db: DbExecutor, content: string): Promise<number> {
  const rows = parseSites(content);
  await db
    .insert(sites)
    .values(rows)
    .onConflictDoUpdate({
      target: sites.name,
      set: {
        kind: sql`excluded.kind`,
        regionCode: sql`excluded.region_code`,
        lat: sql`excluded.lat`,
        lon: sql`excluded.lon`,
        okpd2Prefixes: sql`excluded.okpd2_prefixes`,
        benefits: sql`excluded.benefits`,
        sourceUrl: sql`excluded.source_url`,
        updatedAt: new Date(),
      },
    });
  return rows.length;
}
