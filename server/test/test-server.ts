import type { AddressInfo } from 'node:net';
import { DEFAULT_WEB_DIST } from '../src/app';
import { createTestApp } from './test-app';

/** The built client the browser tests serve: `TEST_WEB_DIST` when set (a build of one's own), else web/dist. */
export const TEST_WEB_DIST = process.env.TEST_WEB_DIST ?? DEFAULT_WEB_DIST;

/** A real listening server (API + built web client) on its own database, for browser tests. */
export async function startTestServer(overrides: Record<string, string> = {}) {
  const ctx = await createTestApp({ WEB_DIST_DIR: TEST_WEB_DIST, ...overrides });
  await ctx.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = ctx.app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app: ctx.app,
    database: ctx.database,
    env: ctx.env,
    stop: ctx.close,
  };
}
