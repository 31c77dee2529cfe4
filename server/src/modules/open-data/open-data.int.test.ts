import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedOrder, api, bidTerms, openNeed, postBid } from '../../../test/bids-fixtures';
import { register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

const schema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/ocds/${name}`, import.meta.url), 'utf8'));

/** The official OCDS 1.1.5 schemas (draft-04); the package schema refers to the release schema by its id. */
function ocdsValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is typed against its own copy of ajv 8; the instance is the same API.
  addFormats(ajv as unknown as Parameters<typeof addFormats>[0]);
  ajv.addSchema(schema('release-schema.json'));
  return ajv.compile(schema('release-package-schema.json'));
}

let ctx: TestContext;
let named: Registered;
let hidden: Registered;
let supplier: Registered;
let ogrn: (organizationId: string, token: string) => Promise<string>;
const orders: { id: string; needId: string }[] = [];

beforeAll(async () => {
  ctx = await createTestApp({ PUBLIC_URL: 'https://zamena.example.ru' });
  named = await register(ctx.app, { regionCode: '62', name: 'АО Рязанский станкозавод' });
  hidden = await register(ctx.app, { regionCode: '52', name: 'ООО Скрытный заказчик' });
  supplier = await register(ctx.app, { regionCode: '66', name: 'АО Уральский подшипник' });
  for (const party of [named, supplier]) {
    const consent = await api(ctx.app, 'PATCH', `/organizations/${party.organizationId}`, party.token, {
      openDataConsent: true,
    });
    expect(consent.json().openDataConsent).toBe(true);
  }
  ogrn = async (id, token) => (await api(ctx.app, 'GET', `/organizations/${id}`, token)).json().ogrn;
  for (const buyer of [named, hidden]) {
    const need = await openNeed(ctx.app, buyer.token, { quantity: '1200.5', unit: '166' });
    // The second bid states its terms (DESIGN.md §5 "Bid terms"); the first was made without them.
    const terms =
      buyer === hidden ? bidTerms({ priceIncludesVat: false, deliveryCost: '12005.00', schedule: null }) : {};
    const bid = await postBid(ctx.app, supplier.token, need.id, {
      unitPrice: '790.33',
      quantity: '1200.5',
      ...terms,
    });
    const order = await acceptedOrder(ctx.app, buyer.token, bid.id);
    orders.push({ id: order.id, needId: need.id });
  }
  await api(ctx.app, 'POST', `/orders/${orders[0]!.id}/transitions`, named.token, {
    to: 'cancelled',
    note: 'Отмена',
  });
});
afterAll(() => ctx.close());

const ocds = (query = '') => api(ctx.app, 'GET', `/open-data/ocds${query}`);

describe('GET /open-data/ocds (OCDS 1.1 release package)', () => {
  it('is public and valid against the official release package schema', async () => {
    const response = await ocds();
    expect(response.statusCode).toBe(200);
    const validate = ocdsValidator();
    const body = response.json();
    expect(validate(body), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(body).toMatchObject({ version: '1.1', uri: 'https://zamena.example.ru/api/v1/open-data/ocds' });
    expect(body.releases).toHaveLength(2);
  });

  it('the validator really checks: amounts as strings and a missing ocid are refused', async () => {
    const body = (await ocds()).json();
    body.releases[0].awards[0].value.amount = '948000.00';
    delete body.releases[1].ocid;
    const validate = ocdsValidator();
    expect(validate(body)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/releases/0/awards/0/value/amount']),
    );
  });

  it('maps need, bid and order to tender, award and contract, with exact amounts and units', async () => {
    const releases = (await ocds()).json().releases;
    const cancelled = releases.find(
      (r: { contracts: { id: string }[] }) => r.contracts[0]!.id === orders[0]!.id,
    );
    expect(cancelled).toMatchObject({
      ocid: `ocds-zmn000-${orders[0]!.needId}`,
      initiationType: 'tender',
      tender: {
        id: orders[0]!.needId,
        status: 'complete',
        items: [
          {
            classification: { scheme: 'OKPD', id: '28.15.10.120' },
            quantity: 1200.5,
            unit: { scheme: 'OKEI', id: '166', name: 'килограмм' },
          },
        ],
      },
      awards: [{ status: 'cancelled', value: { amount: 948791.17, currency: 'RUB' } }],
      contracts: [{ status: 'cancelled', value: { amount: 948791.17, currency: 'RUB' } }],
    });
  });

  it('puts the bid terms in the award: the delivered unit price with VAT and the terms in words', async () => {
    const releases = (await ocds()).json().releases;
    const byOrder = (id: string) =>
      releases.find((r: { contracts: { id: string }[] }) => r.contracts[0]!.id === id);
    // (790.33 + 12 005.00 ÷ 1 200.5) × 1.2 = 960.396 → 960.40
    expect(byOrder(orders[1]!.id).awards[0]).toMatchObject({
      description:
        'НДС 20 %, цена без НДС; доставка до площадки заказчика, доставка 12005.00 руб. за весь объём; ' +
        'цена за единицу с доставкой и НДС 960.40 руб.',
      items: [{ unit: { scheme: 'OKEI', id: '166', value: { amount: 960.4, currency: 'RUB' } } }],
    });
    const old = byOrder(orders[0]!.id).awards[0];
    expect(old.description).toBeUndefined();
    expect(old.items[0].unit.value).toBeUndefined();
  });

  it('names a consenting buyer by OGRN and anonymises one that did not agree', async () => {
    const response = await ocds();
    type Release = { contracts: { id: string }[]; parties: object[]; buyer: object };
    const releases: Release[] = response.json().releases;
    // Oldest change first: the cancelled order (named buyer) changed last.
    expect(releases.map((r) => r.contracts[0]!.id)).toEqual([orders[1]!.id, orders[0]!.id]);
    const [second, first] = releases as [Release, Release];
    const namedOgrn = await ogrn(named.organizationId, named.token);
    expect(first.parties[0]).toMatchObject({
      id: `RU-OGRN-${namedOgrn}`,
      name: 'АО Рязанский станкозавод',
      identifier: { scheme: 'RU-OGRN', id: namedOgrn },
      roles: ['buyer'],
    });
    expect(first.buyer).toEqual({ id: `RU-OGRN-${namedOgrn}`, name: 'АО Рязанский станкозавод' });
    expect(second.parties[0]).toEqual({
      id: expect.stringMatching(/^RU-ANON-[0-9a-f]{16}$/),
      name: 'Заказчик (не раскрыт)',
      address: { region: expect.any(String), countryName: 'Россия', country: 'RU' },
      roles: ['buyer'],
    });
    expect(second.parties[1]).toMatchObject({ name: 'АО Уральский подшипник', roles: ['supplier'] });
    const hiddenOgrn = await ogrn(hidden.organizationId, hidden.token);
    expect(response.body).not.toContain('Скрытный');
    expect(response.body).not.toContain(hiddenOgrn);
    expect(response.body).not.toContain(hidden.organizationId);
  });

  it('filters by since and pages with links.next', async () => {
    expect((await ocds('?since=2999-01-01T00:00:00Z')).json().releases).toEqual([]);
    const page1 = (await ocds('?limit=1')).json();
    expect(page1.releases).toHaveLength(1);
    const next = new URL(page1.links.next);
    expect(next.origin + next.pathname).toBe('https://zamena.example.ru/api/v1/open-data/ocds');
    const page2 = (await ocds(next.search)).json();
    expect(page2.releases).toHaveLength(1);
    expect(page2.releases[0].id).not.toBe(page1.releases[0].id);
    expect(page2.links).toBeUndefined();
    const invalid = await ocds('?since=yesterday');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].path).toBe('since');
  });
});
