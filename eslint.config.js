// ESLint flat config. `npm run lint` = `eslint .`
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const UNSAFE_MARKUP_MESSAGE =
  'Data must never become markup: render with Lit templates (text bindings escape), not raw HTML strings.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'coverage/**',
      'custom-elements.json',
      '.wtr-cache/**',
      'bench/.tmp/**',
      'server/dist/**',
      'examples/*/dist/**',
    ],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Node-side files: scripts, tool configs, build helpers.
  {
    files: ['scripts/**', 'build/**', '.ci/**', 'server/**', 'test/servers/**', 'test/node/**', 'bin/**', '*.config.{js,mjs,ts}', 'vite.*.ts', 'demo/vite.config.ts', '.storybook/main.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Tests run under mocha in the browser.
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // chai assertions such as `expect(x).to.be.true` are expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Library source: Lit and web-component rules, and no path from data to markup.
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    // Type-aware rules: a promise nobody awaits or catches becomes an unhandled rejection on a portal's page.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: `innerHTML, outerHTML and insertAdjacentHTML are forbidden in src. ${UNSAFE_MARKUP_MESSAGE}`,
        },
        {
          selector: 'MemberExpression[property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
          message: `innerHTML, outerHTML and insertAdjacentHTML are forbidden in src. ${UNSAFE_MARKUP_MESSAGE}`,
        },
        {
          selector: 'CallExpression[callee.object.name="document"][callee.property.name=/^(write|writeln)$/]',
          message: `document.write is forbidden in src. ${UNSAFE_MARKUP_MESSAGE}`,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Import 'zod/mini' in src: the full 'zod' build is about four times larger." },
          ],
          patterns: [
            {
              regex: '^(lit|lit-html)/directives/unsafe-(html|svg|mathml)(\\.js)?$',
              message: `The unsafe-html/unsafe-svg/unsafe-mathml directives are forbidden in src. ${UNSAFE_MARKUP_MESSAGE}`,
            },
            {
              regex: '^zod/(?!mini$)',
              message: "Import 'zod/mini' in src: the full 'zod' build is about four times larger.",
            },
          ],
        },
      ],
    },
  },
);
