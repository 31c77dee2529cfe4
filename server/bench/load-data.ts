import type pg from 'pg';
import { OKEI_CODES } from '@zamena/shared/domain/okei';
import { analoguesText, okpd2Prefixes } from '../src/modules/capabilities/capability.mapper';

/**
 * Bench data: enterprises in every region, needs and capabilities spread over the 85 regions and the
 * manufacturing OKPD2 classes, with Russian titles built from OKPD2 names plus part numbers, foreign
 * brands as the substituted analogues and some English words in descriptions. Deterministic (seeded
 * PRNG), bulk-inserted with `INSERT … SELECT FROM unnest(arrays)` in batches. Reusable by any section
 * (matching will want the capabilities).
 */

export type BenchDataOptions = {
  needs: number;
  capabilities: number;
  /** Enterprises per region (buyers and manufacturers alike). */
  organizationsPerRegion?: number;
  seed?: number;
  log?: (message: string) => void;
};

export type BenchData = {
  organizationIds: string[];
  /** A sample of needs' ids, for primary-key lookups. */
  sampleNeedIds: string[];
  /** Words that occur in titles, for word searches. */
  searchWords: string[];
  /** Phrases of two or three words that occur in titles. */
  searchPhrases: string[];
  /** Each search word with an OKPD2 subclass (`28.15`) of titles it occurs in. */
  wordClasses: { word: string; okpd2: string }[];
  counts: { organizations: number; needs: number; capabilities: number };
  seconds: number;
};

const BATCH = 5000;
const DAY_MS = 86_400_000;

/** mulberry32: small, fast and seeded, so every run loads the same rows. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

const BRANDS = [
  'SKF',
  'FAG',
  'Siemens',
  'Bosch Rexroth',
  'Festo',
  'Parker',
  'ABB',
  'Schneider Electric',
  'Danfoss',
  'Grundfos',
  'Timken',
  'NSK',
  'Omron',
  'Mitsubishi',
  'Fanuc',
  'Sandvik',
  'Hilti',
  'Caterpillar',
];
const PURPOSES = [
  'для ремонта конвейерной линии',
  'для станков с ЧПУ',
  'для насосной станции',
  'для подвижного состава',
  'для энергоблока',
  'для сельскохозяйственной техники',
  'для буровой установки',
  'для линии розлива',
];
const ENGLISH = [
  'original spare part',
  'replacement for imported equipment',
  'heavy duty',
  'high precision',
  'corrosion resistant',
  'certified quality',
];
/** Words to search for, with the stem that shows they occur in the loaded OKPD2 names. */
const SEARCH_WORDS: [string, string][] = [
  ['подшипник', 'подшипник'],
  ['насос', 'насос'],
  ['клапан', 'клапан'],
  ['двигатель', 'двигател'],
  ['фильтр', 'фильтр'],
  ['кабель', 'кабел'],
  ['трансформатор', 'трансформатор'],
  ['редуктор', 'редуктор'],
];

/** Several words at once (websearch AND): each must occur in an OKPD2 name, so in some titles. */
const SEARCH_PHRASES = [
  'подшипники качения роликовые',
  'редукторы цилиндрические',
  'кабели силовые',
  'насосы гидравлические',
  'трансформаторы прочие',
  'двигатели внутреннего сгорания',
  'клапаны гидравлические',
  'кабели связи',
];

const partNumber = (random: Random) =>
  `${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}-${random.int(100, 99999)}`;

/** "Подшипники качения роликовые" from "Подшипники качения роликовые, не включенные в другие группировки". */
const shortName = (name: string) => name.split(/[,(;]/)[0]!.trim().slice(0, 120);

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
function inn(region: string, index: number): string {
  const digits = `${region}${String(index).padStart(7, '0')}`.split('').map(Number);
  const check = (INN_WEIGHTS.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11) % 10;
  return `${digits.join('')}${check}`;
}

/** One column: name, element type of the parameter array, values, and a cast for array-valued columns. */
type Column = [name: string, type: string, values: unknown[], cast?: string];

async function insertColumns(pool: pg.Pool, table: string, columns: Column[]) {
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const selected = columns.map(([, , , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(', ');
  const result = await pool.query<{ id: string }>(
    `INSERT INTO ${table} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS t(${aliases}) RETURNING id`,
    columns.map(([, , values]) => values),
  );
  return result.rows.map((row) => row.id);
}

async function loadOrganizations(pool: pg.Pool, regions: string[], perRegion: number, random: Random) {
  const rows = regions.flatMap((region) => Array.from({ length: perRegion }, (_, i) => ({ region, i })));
  return insertColumns(pool, 'organizations', [
    ['name', 'text', rows.map(({ region, i }) => `АО «Завод ${region}-${i + 1}»`)],
    ['kind', 'text', rows.map(() => 'enterprise')],
    ['inn', 'text', rows.map(({ region, i }) => inn(region, i + 1))],
    ['ogrn', 'text', rows.map(({ region, i }) => `10${region}${String(i + 1).padStart(9, '0')}`)],
    ['region_code', 'bpchar', rows.map(({ region }) => region)],
    ['verified', 'bool', rows.map(() => random.next() < 0.7)],
  ]);
}

type Okpd2 = { code: string; name: string };

function needRow(random: Random, codes: Okpd2[], regions: string[], organizations: string[], now: number) {
  const code = random.pick(codes);
  const part = partNumber(random);
  const status = random.next() < 0.85 ? 'open' : random.pick(['draft', 'closed', 'awarded', 'cancelled']);
  const createdAt = new Date(now - random.int(0, 365) * DAY_MS - random.int(0, DAY_MS));
  const buyer = random.pick(organizations);
  return {
    buyer,
    title: `${shortName(code.name)} ${part}`,
    description: `${shortName(code.name)} ${random.pick(PURPOSES)}; ${random.pick(ENGLISH)}, ${random.pick(ENGLISH)}`,
    okpd2: code.code,
    quantity: String(random.int(1, 10_000)),
    unit: random.pick(OKEI_CODES),
    price:
      random.next() < 0.7 ? `${random.int(10, 500_000)}.${String(random.int(0, 99)).padStart(2, '0')}` : null,
    neededBy: new Date(now + random.int(30, 700) * DAY_MS).toISOString().slice(0, 10),
    region: regions[random.int(0, regions.length - 1)]!,
    replaces: random.next() < 0.8 ? `${random.pick(BRANDS)} ${part}` : null,
    critical: random.next() < 0.2,
    status,
    createdAt,
    publishedAt: status === 'draft' ? null : createdAt,
  };
}

async function loadNeeds(
  pool: pg.Pool,
  count: number,
  random: Random,
  codes: Okpd2[],
  regions: string[],
  organizations: string[],
) {
  const now = Date.now();
  const ids: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, () =>
      needRow(random, codes, regions, organizations, now),
    );
    ids.push(
      ...(await insertColumns(pool, 'needs', [
        ['buyer_organization_id', 'uuid', rows.map((row) => row.buyer)],
        ['posted_by_organization_id', 'uuid', rows.map((row) => row.buyer)],
        ['title', 'text', rows.map((row) => row.title)],
        ['description', 'text', rows.map((row) => row.description)],
        ['okpd2', 'text', rows.map((row) => row.okpd2)],
        ['quantity', 'numeric', rows.map((row) => row.quantity)],
        ['unit', 'text', rows.map((row) => row.unit)],
        ['target_unit_price', 'numeric', rows.map((row) => row.price)],
        ['needed_by', 'date', rows.map((row) => row.neededBy)],
        ['delivery_region_code', 'bpchar', rows.map((row) => row.region)],
        ['replaces', 'text', rows.map((row) => row.replaces)],
        ['critical', 'bool', rows.map((row) => row.critical)],
        ['status', 'text', rows.map((row) => row.status)],
        ['published_at', 'timestamptz', rows.map((row) => row.publishedAt)],
        ['created_at', 'timestamptz', rows.map((row) => row.createdAt)],
        ['updated_at', 'timestamptz', rows.map((row) => row.createdAt)],
      ])),
    );
  }
  return ids;
}

async function loadCapabilities(
  pool: pg.Pool,
  count: number,
  random: Random,
  codes: Okpd2[],
  regions: string[],
  organizations: string[],
) {
  const now = Date.now();
  for (let start = 0; start < count; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, () => {
      const first = random.pick(codes);
      // Neighbouring codes of the same kind: a plant makes a family of products.
      const family = codes.filter((code) => code.code.slice(0, 8) === first.code.slice(0, 8));
      const okpd2 = [
        ...new Set([first.code, ...Array.from({ length: random.int(0, 2) }, () => random.pick(family).code)]),
      ];
      const analogues = Array.from(
        { length: random.int(1, 3) },
        () => `${random.pick(BRANDS)} ${partNumber(random)}`,
      );
      const deliveryRegions =
        random.next() < 0.5
          ? []
          : [...new Set(Array.from({ length: random.int(1, 10) }, () => random.pick(regions)))];
      const localized = random.next() < 0.4;
      return {
        manufacturer: random.pick(organizations),
        title: shortName(first.name),
        description: `Серийное производство; ${random.pick(ENGLISH)}. Аналоги: ${analogues.join(', ')}`,
        okpd2,
        capacity: String(random.int(10, 100_000)),
        unit: random.pick(OKEI_CODES),
        moq: random.next() < 0.6 ? String(random.int(1, 500)) : null,
        leadTime: random.int(5, 180),
        deliveryRegions,
        analogues,
        pp719: localized ? String(random.int(10_000_000, 99_999_999)) : null,
        validUntil: localized
          ? new Date(now + random.int(60, 1500) * DAY_MS).toISOString().slice(0, 10)
          : null,
        active: random.next() < 0.95,
      };
    });
    // Array-valued columns travel as PostgreSQL array literals (unnest would flatten nested arrays).
    const literal = (items: string[]) =>
      `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
    await insertColumns(pool, 'capabilities', [
      ['manufacturer_organization_id', 'uuid', rows.map((row) => row.manufacturer)],
      ['title', 'text', rows.map((row) => row.title)],
      ['description', 'text', rows.map((row) => row.description)],
      ['okpd2', 'text', rows.map((row) => literal(row.okpd2)), 'text[]'],
      ['okpd2_prefixes', 'text', rows.map((row) => literal(okpd2Prefixes(row.okpd2))), 'text[]'],
      ['monthly_capacity', 'numeric', rows.map((row) => row.capacity)],
      ['unit', 'text', rows.map((row) => row.unit)],
      ['min_order_quantity', 'numeric', rows.map((row) => row.moq)],
      ['lead_time_days', 'int4', rows.map((row) => row.leadTime)],
      ['delivery_region_codes', 'text', rows.map((row) => literal(row.deliveryRegions)), 'bpchar[]'],
      ['analogues', 'text', rows.map((row) => literal(row.analogues)), 'text[]'],
      ['analogues_text', 'text', rows.map((row) => analoguesText(row.analogues))],
      ['pp719_registry_number', 'text', rows.map((row) => row.pp719)],
      ['localization_valid_until', 'date', rows.map((row) => row.validUntil)],
      ['active', 'bool', rows.map((row) => row.active)],
    ]);
  }
}

/** Loads organizations, needs and capabilities into a migrated, seeded database; then ANALYZE. */
export async function loadBenchData(pool: pg.Pool, options: BenchDataOptions): Promise<BenchData> {
  const started = performance.now();
  const random = prng(options.seed ?? 20_260_101);
  const regions = (await pool.query<{ code: string }>('SELECT code FROM regions ORDER BY code')).rows.map(
    (r) => r.code,
  );
  // Manufactured goods (classes 20–33) at the two deepest levels: what regional centres look for.
  const codes = (
    await pool.query<Okpd2>(
      `SELECT code, name FROM okpd2_codes
        WHERE level IN ('category', 'subcategory') AND substr(code, 1, 2) BETWEEN '20' AND '33'
        ORDER BY code`,
    )
  ).rows;
  const log = options.log ?? (() => undefined);
  const organizations = await loadOrganizations(pool, regions, options.organizationsPerRegion ?? 20, random);
  const needIds = await loadNeeds(pool, options.needs, random, codes, regions, organizations);
  log(
    `${needIds.length.toLocaleString('en-US')} needs after ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await loadCapabilities(pool, options.capabilities, random, codes, regions, organizations);
  log(`${options.capabilities} capabilities after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await pool.query('VACUUM ANALYZE organizations, needs, need_search_terms, capabilities');
  return { ...(await describeBenchData(pool)), seconds: (performance.now() - started) / 1000 };
}

/** What sections need to know of data already loaded (also for `--reuse` of a kept database). */
export async function describeBenchData(pool: pg.Pool): Promise<BenchData> {
  const count = async (table: string) =>
    Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  const organizationIds = (
    await pool.query<{ id: string }>("SELECT id FROM organizations WHERE name LIKE 'АО «Завод %' ORDER BY id")
  ).rows.map((row) => row.id);
  // A fixed sample (hash order), so runs on the same data look up the same rows.
  const sampleNeedIds = (
    await pool.query<{ id: string }>('SELECT id FROM needs ORDER BY md5(id::text) LIMIT 1000')
  ).rows.map((row) => row.id);
  const names = (
    await pool.query<{ code: string; name: string }>(
      "SELECT code, lower(name) AS name FROM okpd2_codes WHERE code ~ '^(2|3[0-3])' ORDER BY code",
    )
  ).rows;
  const present = SEARCH_WORDS.filter(([, stem]) => names.some((row) => row.name.includes(stem)));
  // The subclass of the first code whose name starts with the word (else only holds it).
  const classOf = (stem: string) =>
    (names.find((row) => row.name.startsWith(stem)) ??
      names.find((row) => row.name.includes(stem)))!.code.slice(0, 5);
  return {
    organizationIds,
    sampleNeedIds,
    searchWords: present.map(([word]) => word),
    searchPhrases: SEARCH_PHRASES.filter((phrase) => names.some((row) => row.name.includes(phrase))),
    wordClasses: present.map(([word, stem]) => ({ word, okpd2: classOf(stem) })),
    counts: {
      organizations: organizationIds.length,
      needs: await count('needs'),
      capabilities: await count('capabilities'),
    },
    seconds: 0,
  };
}
