import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'web/dist/**', 'server/dist/**', 'migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|\\.).*', message: 'shared imports nothing but zod' }] },
      ],
    },
  },
  {
    // Type-aware promise rules on the server: a forgotten await or an async callback where nothing
    // awaits it loses errors (a timer or a signal handler that rejects). The whole
    // recommendedTypeChecked set is not on yet: its no-unsafe-* rules flag every untyped test JSON.
    files: ['server/src/**/*.ts', 'shared/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Routes are HTTP only and services hold the rules: SQL and the tables live in repos.
    files: ['server/src/modules/**/*.routes.ts', 'server/src/modules/**/*.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'SQL lives in the module’s repo (*.repo.ts)' }],
          patterns: [{ regex: '/db/schema$', message: 'tables are read and written in repos (*.repo.ts)' }],
        },
      ],
    },
  },
  {
    // Features never import each other; what two features share lives in components/ or lib/.
    files: ['web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./[^.]',
              message: 'another feature: move what is shared to web/src/components or lib',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', '**/bench/**', '**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
