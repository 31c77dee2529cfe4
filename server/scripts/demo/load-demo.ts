import type { Logger } from 'pino';
import type { App } from '../../src/app';
import type { Database } from '../../src/db/client';
import { createDemoApi } from './api';
import { postCapabilities, postNeeds } from './catalogue';
import { makeDeals, reviewMatches } from './deals';
import { buildLots } from './lots';
import { startDemoMatching } from './matching';
import { createOrganizations } from './organizations';
import { demoState } from './state';

/** Why the demo will not load: said in one line, and nothing is written. */
export class DemoRefusal extends Error {}

export type DemoDeps = {
  app: App;
  database: Database;
  redisUrl: string;
  /** The exchange's QUEUE_PREFIX: matching jobs run on its queues. */
  queuePrefix: string;
  log: Logger;
  clock?: () => Date;
};

/**
 * Loads the demo exchange through the API into an empty database; a database that already holds it is
 * left as it is ('present'). Any other data, or a load that stopped part-way, is refused.
 */
export async function loadDemo(deps: DemoDeps): Promise<'loaded' | 'present'> {
  const { app, database, log } = deps;
  const state = await demoState(database);
  if (state.kind === 'loaded') return 'present';
  if (state.kind === 'foreign') {
    throw new DemoRefusal(
      `The database already holds other data (organizations that are not the demo's: ${state.organizations}); the demo loads only into an empty exchange.`,
    );
  }
  if (state.kind === 'partial') {
    throw new DemoRefusal(
      'An earlier demo load stopped part-way; drop the database (dropdb zamena) and run it again.',
    );
  }

  const today = (deps.clock ?? (() => new Date()))();
  const api = createDemoApi(app);
  const matching = startDemoMatching(database, { redisUrl: deps.redisUrl, prefix: deps.queuePrefix, log });
  try {
    log.info('demo: organizations');
    const cast = await createOrganizations(app, api);
    log.info('demo: capabilities');
    const capabilities = await postCapabilities(api, cast, today);
    // Capabilities are matched (their profiles stored) before the needs look for them.
    await matching.settle();
    log.info('demo: needs and matching');
    const needs = await postNeeds(api, cast, today);
    await matching.settle();
    await reviewMatches(api, cast, needs);
    log.info('demo: bids and orders');
    await makeDeals(api, cast, needs, capabilities, today);
    await matching.settle();
    log.info('demo: lots');
    await buildLots(api, database, cast, today);
  } finally {
    await matching.stop();
  }
  return 'loaded';
}
