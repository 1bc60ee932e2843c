import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-lib', 'node_modules', 'test-results', 'playwright-report', 'dev/.data', 'dev/.e2e', 'hosts/.work', 'reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The page is a host like any other: it may use the library only through its public entry.
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../core', '../core/*', '../cognito', '../cognito/*', '../react', '../react/*', '../index', '../../*'],
              message: "Import the library from 'cognito-mfa-wizard' (src/index.ts), as a host app would." },
            { group: ['@aws-sdk/*'], message: 'Only src/cognito talks to the AWS SDK.' },
          ],
        },
      ],
    },
  },
  {
    files: ['dev/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'hosts/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The host fixtures: apps of their own, in plain JavaScript as many hosts are.
    files: ['hosts/**/*.{js,mjs,jsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.jest },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // The Jest host's test is CommonJS on purpose: the package must load there with no transform.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
