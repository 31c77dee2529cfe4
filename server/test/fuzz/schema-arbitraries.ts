import fc from 'fast-check';
import { type IdPools, kindOfName } from './id-pools';
import type { JsonSchema } from './openapi';

/**
 * fast-check arbitraries from the published JSON Schemas: mostly values the schema allows (so requests
 * get past validation into the services and the database), mixed at every level with values known to
 * break servers (lone surrogates, NUL, 20-digit numbers, wrong types, over-long text).
 */

/** Marks a string to be replaced, when the request is made, by an id of a real object (IdPools). */
const ID_REFERENCE = '\u0001id:';
export const idReference = (kind: string | undefined) =>
  fc.nat({ max: 100_000 }).map((n) => `${ID_REFERENCE}${kind ?? ''}:${n}`);

/** Replaces id references in a generated value with ids of real objects. */
export function resolveIds(value: unknown, pools: IdPools): unknown {
  if (typeof value === 'string' && value.startsWith(ID_REFERENCE)) {
    const [kind, n] = value.slice(ID_REFERENCE.length).split(':');
    return pools.pick(kind || undefined, Number(n)) ?? '00000000-0000-4000-8000-000000000000';
  }
  if (Array.isArray(value)) return value.map((item) => resolveIds(item, pools));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveIds(item, pools)]));
  }
  return value;
}

export const NASTY_STRINGS = [
  '',
  ' ',
  '\ud800',
  'Подшипник \udc00',
  'a\u0000b',
  '\u202e\u200b',
  "'; DROP TABLE needs; --",
  '../../../etc/passwd',
  '%ff',
  '{{7*7}}${7*7}',
  '<script>alert(1)</script>',
  '😀😀😀',
  '１２３',
  '٣٤',
  '99999999999999999999',
  '-99999999999999999999',
  '1e309',
  '0x1F',
  'NaN',
  'null',
  '2024-02-30',
  '0000-01-01',
  '+275760-09-13T00:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-8FFF-FFFFFFFFFFFF',
  'x'.repeat(5000),
  ' '.repeat(301),
  'http://localhost:3000/',
  'http://169.254.169.254/latest',
  'javascript:alert(1)',
];
const NASTY_NUMBERS = [-1, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e21, 1e308, -1e308, 0.1, 1e20];
const NASTY_OTHERS: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [null],
  { '': '' },
  { constructor: { prototype: { admin: true } } },
];

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_OTHERS) },
);

const WORDS = [
  'Подшипник роликовый конический 7510',
  'SKF 32210',
  'Ирина Петрова',
  'АО «Рязанский завод»',
  'Для редукторов конвейерной линии',
  'https://zavod.example.org',
  '+7 900 000-00-00',
  'buyer@example.ru',
  'correct horse battery',
];

const date = (from: string, to: string) =>
  fc
    .date({ min: new Date(from), max: new Date(to), noInvalidDate: true })
    .map((value) => value.toISOString());

/**
 * Values the services accept beyond the schema (codes that exist in the reference data, checksums,
 * dates ahead), by field name: the names are fixed by DESIGN.md §5, so this stays generic.
 */
const HINTS: Record<string, fc.Arbitrary<unknown>> = {
  okpd2: fc.constantFrom('28.15.10.120', '28.15', '25.73.40.110', '28', '22.29.29'),
  regionCode: fc.constantFrom('62', '77', '50', '99'),
  region: fc.constantFrom('62', '77', '50'),
  email: fc.nat().map((n) => `fuzz.${n}@example.ru`),
  password: fc.constantFrom('correct horse battery', 'short'),
  neededBy: date('2030-01-01', '2090-01-01').map((iso) => iso.slice(0, 10)),
  validUntil: date('2030-01-01', '2090-01-01').map((iso) => iso.slice(0, 10)),
  cursor: idReference('cursors'),
  // Statuses of every kind of object: a route takes its own and refuses the others.
  status: fc.constantFrom(
    'open',
    'draft,open',
    'awarded',
    'submitted',
    'accepted',
    'confirmed',
    'proposed',
    'published',
  ),
  inn: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map(withInnCheckDigit),
  ogrn: fc.bigInt({ min: 10n ** 11n, max: 10n ** 12n - 1n }).map((body) => `${body}${(body % 11n) % 10n}`),
};

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
function withInnCheckDigit(digits: number[]): string {
  const check = (INN_WEIGHTS.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11) % 10;
  return [...digits, check].join('');
}
const hintOf = (name: string | undefined) =>
  name === undefined ? undefined : (HINTS[name] ?? (/RegionCodes?$/.test(name) ? HINTS.region : undefined));

function stringValue(schema: JsonSchema, name: string | undefined): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 80;
  if (schema.format === 'uuid')
    return fc.oneof({ weight: 6, arbitrary: idReference(name && kindOfName(name)) }, fc.uuid({ version: 4 }));
  if (schema.format === 'date') return date('2000-01-01', '2100-01-01').map((iso) => iso.slice(0, 10));
  if (schema.format === 'date-time') return date('2000-01-01', '2100-01-01');
  if (schema.format === 'uri' || schema.format === 'url') {
    return fc.constantFrom(
      'https://hooks.example.org/zamena',
      'https://zavod.example.org/',
      'http://8.8.8.8/h',
    );
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= max);
  const words = WORDS.filter((word) => word.length >= min && word.length <= max);
  const random = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(max, 80)) });
  return words.length > 0 ? fc.oneof(fc.constantFrom(...words), random) : random;
}

function numberValue(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1_000_000, -(2 ** 31));
  const max = Math.min(schema.maximum ?? 1_000_000, 2 ** 31 - 1);
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

/** How often a generated value is nasty: never in clean requests, one in ten in the others. */
export type Nastiness = 0 | 1;

function objectValue(schema: JsonSchema, nastiness: Nastiness): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, valueOf(value, nastiness, key)]),
  );
  const requiredKeys = (schema.required ?? []).filter((key) => key in properties);
  return fc.record(model, { requiredKeys });
}

/** What the schema allows, without nasty values at this level (children may be: see valueOf). */
function allowedValue(
  schema: JsonSchema,
  nastiness: Nastiness,
  name: string | undefined,
): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((option) => valueOf(option, nastiness, name)));
  if (schema.allOf?.length) return valueOf(Object.assign({}, ...schema.allOf) as JsonSchema, nastiness, name);
  const types = ([] as string[]).concat(schema.type ?? (schema.properties ? 'object' : 'string'));
  const nullable = schema.nullable === true || types.includes('null');
  const hint = hintOf(name);
  const base = fc.oneof(
    ...types
      .filter((type) => type !== 'null')
      .map((type): fc.Arbitrary<unknown> => {
        if (type === 'string') return hint ?? stringValue(schema, name);
        if (type === 'integer' || type === 'number') return numberValue(schema, type === 'integer');
        if (type === 'boolean') return fc.boolean();
        if (type === 'array') {
          const items = schema.items ? valueOf(schema.items, nastiness, name) : nastyValue;
          return fc.array(items, {
            minLength: schema.minItems ?? 0,
            maxLength: Math.min(schema.maxItems ?? 3, 3),
          });
        }
        return objectValue(schema, nastiness);
      }),
  );
  return nullable
    ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: base })
    : base;
}

/** Characters that pass a length or pattern check yet break storage: NUL, unpaired surrogates. */
const TAINTS = ['\u0000', '\ud800', '\udfff', '\ud83d'];

/** Allowed text with a taint inside (not at an end, where trimming would drop it). */
const tainted = (text: fc.Arbitrary<unknown>) =>
  fc
    .tuple(text, fc.constantFrom(...TAINTS))
    .map(([value, taint]) =>
      typeof value === 'string' ? `${value.slice(0, 1)}${taint}${value.slice(1)}` : value,
    );

/** A value for `schema` (of a field called `name`): when nasty, one time in ten nasty, one in five tainted. */
export function valueOf(schema: JsonSchema, nastiness: Nastiness = 1, name?: string): fc.Arbitrary<unknown> {
  const allowed = allowedValue(schema, nastiness, name);
  if (nastiness === 0) return allowed;
  return fc.oneof(
    { weight: 7, arbitrary: allowed },
    { weight: 2, arbitrary: tainted(allowed) },
    { weight: 1, arbitrary: nastyValue },
  );
}

/** Query strings carry text: numbers and booleans as written, arrays as repeated keys. */
export function asQueryValue(value: unknown): string | string[] {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
