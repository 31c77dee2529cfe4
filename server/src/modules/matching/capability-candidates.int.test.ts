import { okpd2Path } from '@zamena/shared/domain/okpd2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { type CandidateLimits, findCapabilityCandidates } from './capability-candidates.query';
import { lockAndLoadNeeds } from './need-run.queries';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** The candidate query of a match-need run, as the run's transaction sets it up. */
async function candidateIds(needId: string, limits: CandidateLimits): Promise<string[]> {
  const client = await ctx.database.pool.connect();
  try {
    await client.query('BEGIN');
    const need = (await lockAndLoadNeeds(client, [needId])).get(needId)!;
    const found = await findCapabilityCandidates(client, need, okpd2Path(need.okpd2), limits);
    return found.map(({ item }) => item.id).sort();
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('capability candidates of a need', () => {
  it('takes the OKPD2 group before titles that are only similar, and similar titles while it has fewer than enough', async () => {
    const buyer = await register(ctx.app, { regionCode: '62' });
    const maker = await register(ctx.app, { regionCode: '66' });
    const noAnalogues = { analogues: [] };
    const saws = await postCapability(ctx.app, maker.token, {
      ...noAnalogues,
      okpd2: ['25.73.20.110'],
      title: 'Пилы ручные по металлу',
    });
    const spades = await postCapability(ctx.app, maker.token, {
      ...noAnalogues,
      okpd2: ['25.73.10.000'],
      title: 'Лопаты садовые',
    });
    // Another group, and a typo, so no full-text match either: found by trigram similarity alone.
    const typo = await postCapability(ctx.app, maker.token, {
      ...noAnalogues,
      okpd2: ['28.41.24.190'],
      title: 'Тиски ювелирные поворотнве',
    });
    const need = await postNeed(ctx.app, buyer.token, {
      publish: true,
      okpd2: '25.73.30.222',
      title: 'Тиски ювелирные поворотные',
      replaces: undefined,
    });

    expect(await candidateIds(need.id, { limit: 2, enough: 3 })).toEqual([saws.id, spades.id].sort());
    expect(await candidateIds(need.id, { limit: 3, enough: 3 })).toEqual(
      [saws.id, spades.id, typo.id].sort(),
    );
    // The group alone already gives enough: the similar title is not looked for.
    expect(await candidateIds(need.id, { limit: 3, enough: 2 })).toEqual([saws.id, spades.id].sort());
  });
});
