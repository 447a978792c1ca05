import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** src/domain is pure: no UI framework, no Astro runtime, no stores, no browser or storage. */
const domainPurity = {
  files: ['src/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      paths: [
        { name: 'react', message: 'src/domain is pure TypeScript: move UI code to src/components.' },
        { name: 'react-dom', message: 'src/domain is pure TypeScript: move UI code to src/components.' },
        { name: 'nanostores', message: 'src/domain must not hold state: put stores in src/stores.' },
        { name: '@nanostores/react', message: 'src/domain must not hold state: put stores in src/stores.' },
        { name: '@nanostores/persistent', message: 'src/domain must not touch storage: put stores in src/stores.' },
        { name: 'astro', message: 'src/domain must not depend on Astro.' },
      ],
      patterns: [
        { group: ['astro:*'], message: 'src/domain must not import astro:* modules.' },
        { group: ['react/*', 'react-dom/*', 'astro/*', 'nanostores/*'], message: 'src/domain is pure TypeScript.' },
        { group: ['node:*', 'fs', 'path'], message: 'src/domain does no I/O: read files in scripts/ or src/data/ and pass the text in.' },
      ],
    }],
    'no-restricted-globals': ['error',
      { name: 'window', message: 'src/domain must not touch the browser.' },
      { name: 'document', message: 'src/domain must not touch the DOM.' },
      { name: 'localStorage', message: 'src/domain must not touch storage: use a store in src/stores.' },
      { name: 'sessionStorage', message: 'src/domain must not touch storage: use a store in src/stores.' },
      { name: 'indexedDB', message: 'src/domain must not touch storage.' },
      { name: 'navigator', message: 'src/domain must not touch the browser.' },
      { name: 'fetch', message: 'src/domain does no I/O: fetch in src/stores or src/components and pass data in.' },
    ],
    'no-restricted-properties': ['error',
      { object: 'Date', property: 'now', message: 'Pass the current date in (asOf) so domain logic stays deterministic.' },
      { object: 'globalThis', property: 'localStorage', message: 'src/domain must not touch storage.' },
      { object: 'globalThis', property: 'window', message: 'src/domain must not touch the browser.' },
      { object: 'globalThis', property: 'document', message: 'src/domain must not touch the DOM.' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/', '**/*.astro', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: ['**/*.tsx'],
    rules: {
      // A scrollable region must be focusable for keyboard users (axe scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
  domainPurity,
);
