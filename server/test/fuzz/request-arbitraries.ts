import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { type IdPools, kindOfParameter } from './id-pools';
import { type JsonSchema, type Operation, fillPath, pathParameters } from './openapi';
import {
  asQueryValue,
  idReference,
  NASTY_STRINGS,
  type Nastiness,
  resolveIds,
  valueOf,
} from './schema-arbitraries';

export const IDENTITIES = ['anonymous', 'user', 'admin'] as const;
export type Identity = (typeof IDENTITIES)[number];

/** One generated request, before ids and tokens are put in. */
export type RequestCase = {
  identity: Identity;
  /** Values are encoded, but for those marked RAW: bad percent-encodings, sent as they are. */
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** Appended to the query string unencoded: duplicate keys, broken escapes, bracket syntax. */
  querySuffix: string;
  headers: Record<string, string>;
  /** A JSON value (ids resolved when sent) or a payload sent as it is. */
  body?: { value?: unknown; payload?: string; contentType?: string };
};

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors shaped like ours ([sort, key, id] in base64url) with keys of every size, and garbage. */
const cursor: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom('date', 'relevance', 'date', 'relevance', 'score', 1, null),
        fc.oneof(
          fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }).map(String),
          fc.bigInt({ min: 0n, max: 3n * 10n ** 15n }).map(String),
          fc.tuple(fc.nat(), fc.nat()).map(([whole, fraction]) => `${whole}.${fraction}`),
          fc.constantFrom(...NASTY_STRINGS),
        ),
        fc.oneof({ weight: 4, arbitrary: fc.uuid({ version: 4 }) }, fc.constantFrom(...NASTY_STRINGS)),
      )
      .map(base64url),
  },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
);

const RAW = '\u0002raw:';
const RAW_PATH_VALUES = ['%ff', '%E0%A4%A', '%00', '%2e%2e%2f', '..%2F..%2F', 'a'.repeat(5000)];

const pathValue = (kind: string | undefined): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: idReference(kind) },
    { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((value) => value !== '')) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PATH_VALUES).map((value) => `${RAW}${value}`) },
  );

const PRINTABLE = /^[\x20-\x7e]*$/;
/** Headers the API defines: If-Match (an ETag) and Idempotency-Key (a pattern). */
const headerValue = (schema: JsonSchema | undefined, nastiness: Nastiness): fc.Arbitrary<string> => {
  const allowed = schema?.pattern
    ? fc.stringMatching(new RegExp(schema.pattern))
    : fc.constantFrom('"1"', '"2"', '"3"', '1', 'W/"2"');
  if (!nastiness) return allowed;
  return fc
    .oneof(
      { weight: 4, arbitrary: allowed },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          '"99999999999999999999"',
          '"-1"',
          '"abc"',
          '*',
          '1, 2',
          '',
          'x'.repeat(300),
        ),
      },
    )
    .filter((value) => PRINTABLE.test(value));
};

const JUNK_BODIES: RequestCase['body'][] = [
  { payload: '{"title": ', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '"\\ud800"', contentType: 'application/json' },
  { payload: '{"__proto__": {"isAdmin": true}}', contentType: 'application/json' },
  { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  { payload: '<need/>', contentType: 'text/xml' },
  { payload: '{}', contentType: 'application/json; charset=latin1' },
  { payload: JSON.stringify({ filler: 'x'.repeat(300 * 1024) }), contentType: 'application/json' },
];

function bodyOf(schema: JsonSchema | undefined, nastiness: Nastiness): fc.Arbitrary<RequestCase['body']> {
  const junk = fc.constantFrom(...JUNK_BODIES);
  const none = fc.constant(undefined);
  if (!schema)
    return nastiness ? fc.oneof({ weight: 8, arbitrary: none }, { weight: 1, arbitrary: junk }) : none;
  const json = valueOf(schema, nastiness).map((value) => ({ value, contentType: 'application/json' }));
  return nastiness ? fc.oneof({ weight: 12, arbitrary: json }, { weight: 1, arbitrary: junk }) : json;
}

/** Signed-in callers mostly: anonymous requests stop at the sign-in check. */
const IDENTITY_WEIGHTS: Record<Identity, number> = { anonymous: 1, user: 3, admin: 3 };

const BROKEN_QUERIES = ['', '', '&%ff', '&limit=1&limit=2', '&a[b]=c', '&cursor=%E0%A4%A'];

/**
 * Generated requests for one operation: half clean (every value as the schema allows, to reach the
 * services and the database), half with nasty values mixed in at every level.
 */
export function requestsFor(
  operation: Operation,
  identities: readonly Identity[],
): fc.Arbitrary<RequestCase> {
  const parameters = operation.parameters;
  const path = fc.record(
    Object.fromEntries(
      pathParameters(operation.path).map((name) => [name, pathValue(kindOfParameter(operation.path, name))]),
    ),
  );
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  const query = (nastiness: Nastiness) =>
    fc.record(
      Object.fromEntries(
        queryParameters.map((parameter) => {
          const value = valueOf(parameter.schema ?? {}, nastiness, parameter.name);
          return [parameter.name, parameter.name === 'cursor' && nastiness ? fc.oneof(cursor, value) : value];
        }),
      ),
      // A nasty request always sends its cursor: cursors are decoded by the services, past validation.
      {
        requiredKeys: queryParameters
          .filter((parameter) => parameter.required || (nastiness && parameter.name === 'cursor'))
          .map((parameter) => parameter.name),
      },
    );
  const headerParameters = parameters.filter((parameter) => parameter.in === 'header');
  // Optional keys are left out, never set to undefined: the record is one of strings.
  const headers = (nastiness: Nastiness) =>
    fc.record(
      Object.fromEntries(
        headerParameters.map((parameter) => [parameter.name, headerValue(parameter.schema, nastiness)]),
      ),
      {
        requiredKeys: nastiness
          ? []
          : headerParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
      },
    ) as fc.Arbitrary<Record<string, string>>;
  const identity = fc.oneof(
    ...identities.map((name) => ({ weight: IDENTITY_WEIGHTS[name], arbitrary: fc.constant(name) })),
  );
  return fc.constantFrom<Nastiness>(0, 1).chain((nastiness) =>
    fc.record({
      identity,
      path,
      query: query(nastiness),
      querySuffix: nastiness ? fc.constantFrom(...BROKEN_QUERIES) : fc.constant(''),
      headers: headers(nastiness),
      body: bodyOf(operation.body, nastiness),
    }),
  );
}

/** URL-encodes text a browser could not send either: lone surrogates become U+FFFD first. */
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, '\ufffd'));

/** The inject options of a generated request, with ids of real objects and the identity's token. */
export function toInject(
  request: RequestCase,
  operation: Operation,
  ids: IdPools,
  token?: string,
): InjectOptions {
  const path = Object.fromEntries(
    Object.entries(resolveIds(request.path, ids) as Record<string, string>).map(([name, value]) => [
      name,
      value.startsWith(RAW) ? value.slice(RAW.length) : encode(value),
    ]),
  );
  const query = Object.entries(resolveIds(request.query, ids) as Record<string, unknown>).flatMap(
    ([key, value]) =>
      ([] as string[]).concat(asQueryValue(value)).map((item) => `${encode(key)}=${encode(item)}`),
  );
  const search = [...query, request.querySuffix.replace(/^&/, '')].filter(Boolean).join('&');
  const body = request.body;
  return {
    method: operation.method,
    url: `${fillPath(operation.path, path)}${search ? `?${search}` : ''}`,
    headers: {
      ...request.headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body?.contentType ? { 'content-type': body.contentType } : {}),
    },
    ...(body ? { payload: body.payload ?? JSON.stringify(resolveIds(body.value, ids)) ?? 'null' } : {}),
  };
}
