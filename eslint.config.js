import js from '@eslint/js';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const CSP_RULES = [
  { selector: "CallExpression[callee.name='eval']", message: 'eval breaks the strict CSP.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks the strict CSP.' },
];

export default tseslint.config(
  { ignores: ['dist', '.cache', 'bench/dist', 'node_modules', 'coverage', 'public', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...CSP_RULES],
    },
  },
  {
    // Only src/map talks to maplibre-gl, so the rest of the app stays testable without WebGL.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'maplibre-gl', message: 'Only src/map may import maplibre-gl.' }] },
      ],
    },
  },
  {
    // Browser specs tell a reader's story through the driver's verbs; only the driver and the suite's set-up
    // touch Playwright, so a spec cannot reach past them.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/driver.ts', 'tests/e2e/global-setup.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'playwright-core', message: 'Browser specs speak the verbs of tests/e2e/driver.ts.' },
            { name: '@axe-core/playwright', message: "Use the driver's axeViolations()." },
          ],
        },
      ],
    },
  },
  {
    // Every word a reader sees or hears comes from the catalogue (docs/I18N.md): no JSX text, and no literal in an
    // attribute that is shown or spoken. Typed, so a literal that is a value of a union type ('utc', 'selected')
    // is a value, not a word.
    files: ['src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          message: 'Words on screen come from the catalogue (docs/I18N.md)',
          // On DOM elements the plugin checks the shown attributes itself (aria-label, title, placeholder, alt,
          // value); these are the props through which our components pass text on to them.
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'placeholder',
              'alt',
              'label',
            ],
          },
        },
      ],
    },
  },
  {
    // Code outside JSX that writes words into the page (map controls, notices built with the DOM) takes them from
    // the catalogue too.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...CSP_RULES,
        {
          selector:
            'AssignmentExpression[left.property.name=/^(textContent|innerText|title|ariaLabel|placeholder|alt)$/][right.type=/^(Literal|TemplateLiteral)$/]',
          message: 'Words on screen come from the catalogue: t(…) from src/i18n (docs/I18N.md).',
        },
        {
          selector:
            "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(aria-label|aria-description|aria-roledescription|title|placeholder|alt)$/][arguments.1.type=/^(Literal|TemplateLiteral)$/]",
          message: 'Words on screen come from the catalogue: t(…) from src/i18n (docs/I18N.md).',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
