import { defineConfig } from 'vitest/config';

const INTEGRATION = ['server/**/*.int.test.ts'];
const BROWSER = ['web/e2e/**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
          exclude: [...INTEGRATION, ...BROWSER, '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int',
          include: INTEGRATION,
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: BROWSER,
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
