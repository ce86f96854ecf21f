// Lint for .ts and .astro: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// plus the project's line limit. Formatting is Prettier's job (npm run format).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built sites (dist is a link to a version under .dist-versions), data and generated files are not code.
    ignores: [
      'dist*/**',
      '**/.*-versions/**',
      'node_modules/**',
      '.astro/**',
      'content/**',
      'data/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The ingest matches control and bidi characters on purpose: that is how it refuses them.
      'no-control-regex': 'off',
      // Full-width spaces are part of Chinese layout in user-facing text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
    },
  },
  {
    // Plain JavaScript config files run in Node.
    files: ['*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },
);
