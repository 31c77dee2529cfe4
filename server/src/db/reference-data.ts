import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { okpd2Depth, okpd2Level, okpd2Parent } from '@zamena/shared/domain/okpd2';
import type { FederalDistrict } from '@zamena/shared/reference/reference.schemas';
import type { Db, DbExecutor } from './client';
import { loadSites } from './reference-data.sites';
import { okpd2Codes, referenceDataVersions, regions } from './schema';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'reference-data');
const BATCH = 1000;

const DISTRICTS: Record<string, FederalDistrict> = {
  Central: 'central',
  Northwestern: 'northwestern',
  Southern: 'southern',
  'North Caucasian': 'north_caucasian',
  Volga: 'volga',
  Ural: 'ural',
  Siberian: 'siberian',
  'Far Eastern': 'far_eastern',
};

export type SeedReport = { name: string; rows: number; loaded: boolean }[];

/** Loads regions, OKPD2 and sites when their files changed since the last load (checksum); otherwise does nothing. */
export async function seedReferenceData(db: Db): Promise<SeedReport> {
  return [
    await loadIfChanged(db, 'regions.csv', loadRegions),
    await loadIfChanged(db, 'okpd2.tsv', loadOkpd2),
    // After regions: a site names its region.
    await loadIfChanged(db, 'sites.tsv', loadSites),
  ];
}

async function loadIfChanged(
  db: Db,
  name: string,
  load: (db: DbExecutor, content: string) => Promise<number>,
) {
  const content = await readFile(path.join(DATA_DIR, name), 'utf8');
  const checksum = createHash('sha256').update(content).digest('hex');
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`);
    const [current] = await tx
      .select()
      .from(referenceDataVersions)
      .where(sql`name = ${name}`);
    if (current?.checksum === checksum) return { name, rows: current.rows, loaded: false };
    const rows = await load(tx, content);
    await tx
      .insert(referenceDataVersions)
      .values({ name, checksum, rows })
      .onConflictDoUpdate({
        target: referenceDataVersions.name,
        set: { checksum, rows, loadedAt: new Date() },
      });
    return { name, rows, loaded: true };
  });
}

async function loadRegions(db: DbExecutor, content: string): Promise<number> {
  const [, ...lines] = content.trim().split(/\r?\n/);
  const rows = lines.map((line) => {
    const [code, nameRu, nameEn, , districtEn, capital, lat, lon, timezone, okato] = line.split(',');
    const federalDistrict = DISTRICTS[districtEn ?? ''];
    if (!code || !nameRu || !nameEn || !federalDistrict || !capital || !timezone) {
      throw new Error(`regions.csv: bad line "${line}"`);
    }
    return {
      code,
      nameRu,
      nameEn,
      federalDistrict,
      capital,
      lat: Number(lat),
      lon: Number(lon),
      timezone,
      okato,
    };
  });
  await db
    .insert(regions)
    .values(rows)
    .onConflictDoUpdate({
      target: regions.code,
      set: {
        nameRu: sql`excluded.name_ru`,
        nameEn: sql`excluded.name_en`,
        federalDistrict: sql`excluded.federal_district`,
        capital: sql`excluded.capital`,
        lat: sql`excluded.lat`,
        lon: sql`excluded.lon`,
        timezone: sql`excluded.timezone`,
        okato: sql`excluded.okato`,
      },
    });
  return rows.length;
}

/** Parses `code<TAB>name`; a few names are quoted and start with a stray tab. */
export function parseOkpd2(content: string) {
  const entries = content
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const tab = line.indexOf('\t');
      const code = line.slice(0, tab).trim();
      const name = line
        .slice(tab + 1)
        .replace(/^"|"$/g, '')
        .trim();
      return { code, name };
    });
  const known = new Set(entries.map((e) => e.code));
  return entries.map(({ code, name }) => {
    // Some categories are absent from the classifier: link to the nearest ancestor that exists.
    let parentCode = okpd2Parent(code);
    while (parentCode && !known.has(parentCode)) parentCode = okpd2Parent(parentCode);
    return { code, name, parentCode, level: okpd2Level(code), depth: okpd2Depth(code) };
  });
}

async function loadOkpd2(db: DbExecutor, content: string): Promise<number> {
  const rows = parseOkpd2(content);
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insert(okpd2Codes)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: okpd2Codes.code,
        set: {
          name: sql`excluded.name`,
          parentCode: sql`excluded.parent_code`,
          level: sql`excluded.level`,
          depth: sql`excluded.depth`,
        },
      });
  }
  return rows.length;
}
