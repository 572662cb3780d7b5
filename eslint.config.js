import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
import i18next from 'eslint-plugin-i18next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Names for eslint-plugin-check-file: its own KEBAB_CASE, and PascalCase that starts with a capital (its PASCAL_CASE
// would also take an empty name).
const KEBAB_CASE = '+([a-z])*([a-z0-9])*(-+([a-z0-9]))';
const PASCAL_CASE = '+([A-Z])*([a-z0-9])*([A-Z]*([a-z0-9]))';

/** A PascalCase .tsx file exports the component it is named after, so the name on the file is the name in use. */
const componentFileExportsItsName = {
  meta: { type: 'suggestion', schema: [], messages: { missing: '{{ name }}.tsx exports no {{ name }}.' } },
  create(context) {
    const name = path.basename(context.filename, '.tsx');
    if (!/^[A-Z]/.test(name)) return {};
    const exported = new Set();
    return {
      ExportNamedDeclaration(node) {
        const declaration = node.declaration;
        if (declaration?.id) exported.add(declaration.id.name);
        for (const declarator of declaration?.declarations ?? []) exported.add(declarator.id.name);
        for (const specifier of node.specifiers) exported.add(specifier.exported.name);
      },
      ExportDefaultDeclaration(node) {
        if (node.declaration.id) exported.add(node.declaration.id.name);
      },
      'Program:exit'(program) {
        if (!exported.has(name)) context.report({ node: program, messageId: 'missing', data: { name } });
      },
    };
  },
};

const CSP_RULES = [
  { selector: "CallExpression[callee.name='eval']", message: 'eval breaks the strict CSP.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function breaks the strict CSP.' },
];

export default tseslint.config(
  { ignores: ['dist', '.cache', 'bench/dist', 'node_modules', 'coverage', 'public', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The type-aware rules (floating promises, unsafe any, misused promises, unbound methods) over everything
    // tsconfig.json holds.
    files: ['{src,tests,scripts,bench}/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    // Callbacks declared as properties can be handed on (onClick={toggle}) without being unbound methods.
    rules: { '@typescript-eslint/method-signature-style': ['error', 'property'] },
  },
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
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Files and folders in kebab-case; a .tsx file is PascalCase when it is named after the component it exports
    // (EventRow.tsx), kebab-case when it gathers hooks or helpers that happen to hold JSX (i18n/react.tsx).
    files: ['{src,tests,scripts,bench}/**/*.{ts,tsx,js,mjs,mts,css}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.tsx': `@(${PASCAL_CASE}|${KEBAB_CASE})`, '**/*.{ts,js,mjs,mts,css}': KEBAB_CASE },
        {
          ignoreMiddleExtensions: true,
          errorMessage:
            '"{{ target }}": names are kebab-case, or PascalCase for a .tsx named after its component.',
        },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,tests,scripts,bench}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { atlas: { rules: { 'component-file-exports-its-name': componentFileExportsItsName } } },
    rules: { 'atlas/component-file-exports-its-name': 'error' },
  },
  {
    // Style sheets have no code to lint; this lets the naming rules above see their names.
    files: ['{src,tests,scripts,bench}/**/*.css'],
    processor: 'check-file/eslint-processor-check-file',
  },
  {
    // Dependencies point one way: lib <- data/store <- map and features <- app (the entries, main.tsx and
    // embed-main.tsx, stand above them all). A feature never imports another (they meet through the store), ui/
    // knows neither the store nor the data, and lib/ knows nothing of the app. Imports inside one element (one
    // feature, one folder) are not checked.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'app', pattern: 'src/app' },
        { type: 'embed-host', pattern: 'src/embed-host' },
        { type: 'i18n', pattern: 'src/i18n' },
        { type: 'data', pattern: 'src/data' },
        { type: 'store', pattern: 'src/store' },
        { type: 'map', pattern: 'src/map' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'lib', pattern: 'src/lib' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          message:
            '{{from.element.type}} may not import {{to.element.type}} (STYLE.md: dependencies point one way).',
          policies: [
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: ['feature', 'app'] } } },
            },
            {
              from: { element: { type: 'map' } },
              disallow: { to: { element: { type: ['feature', 'app'] } } },
            },
            {
              from: { element: { type: ['data', 'store', 'i18n'] } },
              disallow: { to: { element: { type: ['feature', 'map', 'ui', 'app', 'embed-host'] } } },
            },
            {
              from: { element: { type: 'ui' } },
              disallow: {
                to: { element: { type: ['store', 'data', 'feature', 'map', 'app', 'embed-host'] } },
              },
            },
            { from: { element: { type: 'lib' } }, disallow: { to: { element: { isUnknown: false } } } },
            { from: { element: { type: 'embed-host' } }, disallow: { to: { element: { type: '!lib' } } } },
          ],
        },
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
