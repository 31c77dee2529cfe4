import { okpd2Path } from '@zamena/shared/domain/okpd2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postNeed, register } from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { type CandidateLimits, findCapabilityCandidates } from './capability-candidates.query';
import { lockAndLoadNeeds } from './need-run.queries';
import { refreshCapabilityProfiles } from './refresh-profiles';
import { relevanceModel, termsOf } from './relevance/relevance-model';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

/** The candidate query of a match-need run, as the run's transaction sets it up. */
async function candidateIds(
  needId: string,
  limits: Omit<CandidateLimits, 'profileVersion'>,
): Promise<string[]> {
  const client = await ctx.database.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('pg_trgm.similarity_threshold', '0.4', true)`);
    const need = (await lockAndLoadNeeds(client, [needId])).get(needId)!;
    const profile = relevanceModel().needProfile(need);
    const found = await findCapabilityCandidates(
      client,
      need,
      profile,
      termsOf(profile),
      okpd2Path(need.okpd2),
      { ...limits, profileVersion: relevanceModel().profileVersion },
    );
    return found.map((capability) => capability.id).sort();
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('capability candidates of a need', () => {
  it('takes the head noun in any group, part numbers, the OKPD2 neighbourhood, and similar titles last', async () => {
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
    // Another group: found because its title names the need's product, in English.
    const vices = await postCapability(ctx.app, maker.token, {
      ...noAnalogues,
      okpd2: ['28.24.12.110'],
      title: 'Bench vices with swivel base',
    });
    // Another group, its title about something else: found by the part number of its analogues.
    const byPart = await postCapability(ctx.app, maker.token, {
      okpd2: ['28.99.39.190'],
      title: 'Оснастка для ювелирных мастерских',
      analogues: ['Bergeon 5387'],
    });
    // Another group and a typo in its head noun: found by trigram similarity alone.
    const typo = await postCapability(ctx.app, maker.token, {
      ...noAnalogues,
      okpd2: ['28.41.24.190'],
      title: 'Тески ювелирные поворотные',
    });
    // Only its description names the product: not a candidate by the head.
    await postCapability(ctx.app, maker.token, {
      ...noAnalogues,
      okpd2: ['28.49.12.110'],
      title: 'Станки сверлильные настольные',
      description: 'Комплектуются тисками',
    });
    await refreshCapabilityProfiles(ctx.database.db, relevanceModel());
    const need = await postNeed(ctx.app, buyer.token, {
      publish: true,
      okpd2: '25.73.30.222',
      title: 'Тиски ювелирные поворотные',
      replaces: 'Bergeon 5387',
    });

    expect(await candidateIds(need.id, { limit: 10, neighbours: 10, enough: 10 })).toEqual(
      [saws.id, spades.id, vices.id, byPart.id, typo.id].sort(),
    );
    // Enough found already: the similar title is not looked for.
    expect(await candidateIds(need.id, { limit: 10, neighbours: 10, enough: 3 })).toEqual(
      [saws.id, spades.id, vices.id, byPart.id].sort(),
    );
    // Each branch keeps to its bound: one of the neighbourhood, one by the head.
    const bounded = await candidateIds(need.id, { limit: 1, neighbours: 1, enough: 1 });
    expect(bounded).toContain(vices.id);
    expect(bounded).toContain(byPart.id);
    expect(bounded.filter((id) => [saws.id, spades.id].includes(id))).toHaveLength(1);
  });
});
