// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'custom-elements.json', 'schema/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/components/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Used where an invariant holds (a key just checked, a regex group that matched).
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='it'][property.name='only']", message: 'No focused tests.' },
        { selector: "MemberExpression[object.name='describe'][property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    // The model and the consent record run in Node too: no Lit, no components, no Node-only APIs.
    files: ['src/policy/**/*.ts', 'src/consent/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'src/policy and src/consent hold no Lit.' },
            { group: ['**/components/**', '**/i18n/**'], message: 'Imports only point downwards.' },
            { group: ['node:*'], message: 'This code runs in browsers too.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'localStorage'],
    },
  },
  {
    files: ['src/policy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'src/policy holds no Lit.' },
            {
              group: ['**/components/**', '**/i18n/**', '**/consent/**'],
              message: 'src/policy imports nothing of ours.',
            },
            { group: ['node:*'], message: 'This code runs in browsers too.' },
          ],
        },
      ],
    },
  },
  {
    // Chai assertions are property expressions (`expect(x).to.exist`).
    files: ['test/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: [
      'bin/**/*.js',
      'scripts/**/*.ts',
      'scripts/**/*.mjs',
      'bench/**/*.ts',
      '*.config.*',
      'test/node/**/*.ts',
      'test/e2e/**/*',
      'demo/server/**/*.ts',
      'src/cli.ts',
      'src/server/**/*.ts',
    ],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
  prettier,
);
