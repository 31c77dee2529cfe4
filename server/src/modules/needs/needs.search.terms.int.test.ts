import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';

let ctx: TestContext;
let buyer: Registered;
let other: Registered;
beforeAll(async () => {
  ctx = await createTestApp();
  buyer = await register(ctx.app, { regionCode: '62' });
  other = await register(ctx.app, { regionCode: '62' });
});
afterAll(() => ctx.close());

type Page = { items: { id: string; title: string }[]; nextCursor: string | null };

const list = async (token: string, query: string) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/needs?${query}`,
    headers: bearer(token),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
};

async function pageThrough(query: string, limit: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result = await list(buyer.token, `${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...result.items.map((item) => item.title));
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

const TITLES = [
  'Подшипник роликовый конический',
  'Подшипники шариковые радиальные',
  'Корпус подшипника',
  'Втулка для насоса',
  'Насосы центробежные для воды',
  'Bearing housing for pumps',
  'Roller bearings, tapered',
  // Typos: only trigram similarity finds them, after every word match.
  'Подшибник игольчатый',
  'Насас дренажный',
];

describe('one-word search through the ranked term index', () => {
  beforeAll(async () => {
    for (const title of TITLES)
      await postNeed(ctx.app, buyer.token, { publish: true, title, description: '', replaces: undefined });
  });

  it('finds what the full-text path finds, for Russian forms, English words and stop words', async () => {
    // With a region filter the search takes the full-text path; without it, the term index.
    for (const word of ['подшипник', 'подшипниками', 'насос', 'bearing', 'bearings', 'pumps', 'для', 'for']) {
      const q = `q=${encodeURIComponent(word)}&limit=100`;
      const byTerm = (await list(buyer.token, q)).items.map((item) => item.title).sort();
      const byFullText = (await list(buyer.token, `${q}&region=62`)).items.map((item) => item.title).sort();
      expect(byTerm, word).toEqual(byFullText);
      expect(byTerm.length, word).toBeGreaterThan(0);
    }
  });

  it('ranks title words first and pages across the border of word and fuzzy matches', async () => {
    const whole = (await list(buyer.token, `q=${encodeURIComponent('подшипник')}&limit=100`)).items.map(
      (item) => item.title,
    );
    // The English titles match through the term dictionary (подшипник | bearing).
    expect(whole.slice(0, 5).sort()).toEqual(
      [
        'Bearing housing for pumps',
        'Roller bearings, tapered',
        'Корпус подшипника',
        'Подшипник роликовый конический',
        'Подшипники шариковые радиальные',
      ].sort(),
    );
    expect(whole).toContain('Подшибник игольчатый');
    expect(whole.indexOf('Подшибник игольчатый')).toBe(whole.length - 1);
    for (const limit of [1, 2, 3]) {
      expect(await pageThrough(`q=${encodeURIComponent('подшипник')}`, limit)).toEqual(whole);
    }
  });

  it('follows edits of the words and keeps them through status changes', async () => {
    const need = await postNeed(ctx.app, buyer.token, {
      publish: true,
      title: 'Редуктор червячный',
      description: '',
      replaces: undefined,
    });
    const titles = async (word: string) =>
      (await list(buyer.token, `q=${encodeURIComponent(word)}&limit=100`)).items.map((item) => item.title);
    expect(await titles('редуктор')).toContain('Редуктор червячный');

    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/needs/${need.id}`,
      headers: { ...bearer(buyer.token), 'if-match': `"${need.version}"` },
      payload: { title: 'Мультипликатор планетарный' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await titles('редуктор')).not.toContain('Мультипликатор планетарный');
    expect(await titles('мультипликатор')).toEqual(['Мультипликатор планетарный']);

    const closed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/needs/${need.id}/close`,
      headers: { ...bearer(buyer.token), 'if-match': `"${edited.json().version}"` },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    // Closed needs stay with their owner: the buyer still finds it, another organization does not.
    expect(await titles('мультипликатор')).toEqual(['Мультипликатор планетарный']);
    const forOther = await list(other.token, `q=${encodeURIComponent('мультипликатор')}`);
    expect(forOther.items).toEqual([]);
  });

  it('keeps another organization’s drafts out', async () => {
    await postNeed(ctx.app, other.token, { title: 'Гидроцилиндр поворотный', replaces: undefined });
    expect((await list(buyer.token, `q=${encodeURIComponent('гидроцилиндр')}`)).items).toEqual([]);
    expect((await list(other.token, `q=${encodeURIComponent('гидроцилиндр')}`)).items).toHaveLength(1);
  });
});
