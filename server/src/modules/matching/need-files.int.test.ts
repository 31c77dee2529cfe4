import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attach, PDF } from '../../../test/attachments-fixtures';
import { bearer, postNeed, register, type Registered } from '../../../test/fixtures';
import { postCapability } from '../../../test/matching-fixtures';
import { createTestApp, type TestContext } from '../../../test/test-app';
import { createMatchingEngine, type MatchingEngine } from './matching.engine';

let ctx: TestContext;
let engine: MatchingEngine;
let buyer: Registered;
let maker: Registered;

beforeAll(async () => {
  ctx = await createTestApp();
  engine = createMatchingEngine({ pool: ctx.database.pool });
  buyer = await register(ctx.app, { regionCode: '62' });
  maker = await register(ctx.app, { regionCode: '66' });
});
afterAll(() => ctx.close());

const matchOf = async (needId: string, capabilityId: string) =>
  (
    await ctx.database.pool.query<{ relevance: string; notified: boolean }>(
      'SELECT relevance, notified FROM matches WHERE need_id = $1 AND capability_id = $2',
      [needId, capabilityId],
    )
  ).rows[0];

const outboxOf = async (needId: string) =>
  (
    await ctx.database.pool.query<{ job_id: string; topic: string; payload: { version: number } }>(
      `SELECT job_id, topic, payload FROM outbox WHERE job_name = 'match-need' AND payload->>'needId' = $1 ORDER BY id`,
      [needId],
    )
  ).rows;

const storedFiles = async (needId: string) =>
  (
    await ctx.database.pool.query<{ files: string[] | null }>(
      `SELECT profile->'files' AS files FROM need_match_states WHERE need_id = $1`,
      [needId],
    )
  ).rows[0]?.files;

/** Issue 23: a drawing travels into the matching text only through its file name. */
describe('a need’s file names in matching', () => {
  it('matches a vaguely titled need to the maker of the part its drawing is named after', async () => {
    const capability = await postCapability(ctx.app, maker.token, {
      title: 'Валы-шестерни цилиндрических редукторов',
      description: 'Изготовление по чертежам СЗНО.301.112, СЗНО.301.114',
      okpd2: ['28.15.24.119'],
      analogues: [],
    });
    await engine.matchCapability(capability.id, capability.version);
    const need = await postNeed(ctx.app, buyer.token, {
      publish: true,
      title: 'Деталь по чертежу',
      description: 'Нужна партия для ремонта',
      okpd2: '28.15.24.119',
      replaces: undefined,
    });
    await engine.matchNeed(need.id, 1);
    const before = await matchOf(need.id, capability.id);
    expect(before?.notified ?? false).toBe(false);

    const upload = await attach(
      ctx.app,
      buyer.token,
      'needs',
      need.id,
      'Чертёж_вала-шестерни_СЗНО.301.112.pdf',
      PDF,
    );
    expect(upload.statusCode, upload.body).toBe(201);
    const jobs = await outboxOf(need.id);
    expect(jobs.at(-1)).toMatchObject({
      job_id: `match-need-${need.id}-v1-f${upload.json().id}-added`,
      topic: 'need.files_changed',
      payload: { version: 1 },
    });

    // The need's version did not change: the stored profile no longer holds, as it was read without the file.
    expect(await engine.matchNeed(need.id, 1)).toMatchObject({ outcome: 'matched' });
    const after = await matchOf(need.id, capability.id);
    expect(after).toMatchObject({ notified: true });
    expect(Number(after!.relevance)).toBeGreaterThan(Number(before?.relevance ?? 0));
    expect(await storedFiles(need.id)).toEqual(['Чертёж_вала-шестерни_СЗНО.301.112.pdf']);

    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/attachments/${upload.json().id}`,
      headers: bearer(buyer.token),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await outboxOf(need.id)).at(-1)).toMatchObject({
      job_id: `match-need-${need.id}-v1-f${upload.json().id}-removed`,
    });
    await engine.matchNeed(need.id, 1);
    expect(await storedFiles(need.id)).toBeNull();
  });

  it('matches a draft with its files when it is published, not when a file is added', async () => {
    const draft = await postNeed(ctx.app, buyer.token);
    const jobsBefore = (await outboxOf(draft.id)).length;
    const upload = await attach(ctx.app, buyer.token, 'needs', draft.id, 'Вал.pdf', PDF);
    expect(upload.statusCode, upload.body).toBe(201);
    expect(await outboxOf(draft.id)).toHaveLength(jobsBefore);
  });
});
