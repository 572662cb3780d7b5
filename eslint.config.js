import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'bench/dist', 'node_modules', 'coverage', 'public', 'data'] },
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
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'eval breaks the strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks the strict CSP.' },
      ],
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
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
