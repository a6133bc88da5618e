import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

const STYLE_MAP = {
  name: 'lit/directives/style-map.js',
  message: 'styleMap writes a style attribute on first render, which a strict CSP (style-src without unsafe-inline) blocks. Use classes or data attributes.',
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'examples/wordpress/ngo-kit/assets/', '**/storybook-static/', 'docs/reference/', 'bench/results/', '.tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['packages/widgets/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            STYLE_MAP,
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: 'Its limit is one second, and CI is slower than that now and then: use waitUntil from test-support/wait.js.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/widgets/src/test-support/wait.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [STYLE_MAP] }] },
  },
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // assertions have already proved what `!` claims, and chai's `expect(x).to.exist` is an expression
    files: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'examples/*/build.mjs', 'packages/mock-server/src/node/cli.ts', '**/*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    // the WordPress block editor's script runs in the browser, on WordPress's globals
    files: ['examples/wordpress/**/*.js'],
    languageOptions: { globals: { window: 'readonly' } },
  },
  {
    // the SDK-only portal is a page script
    files: ['examples/portal/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        sessionStorage: 'readonly',
        fetch: 'readonly',
        confirm: 'readonly',
        Blob: 'readonly',
        Intl: 'readonly',
      },
    },
  },
);
