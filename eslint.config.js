import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', navigator: 'readonly',
        process: 'readonly', globalThis: 'readonly', performance: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', URL: 'readonly', fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The simulation is deterministic: time and randomness come in as data, never from globals.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'phaser/*', 'howler', '**/game/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'performance', 'Date', 'crypto', 'setTimeout', 'setInterval', 'setImmediate',
        'requestAnimationFrame', 'requestIdleCallback', 'queueMicrotask', 'localStorage', 'fetch', 'navigator'],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'use the seeded Rng' },
        { object: 'Date', property: 'now', message: 'time is counted in ticks' },
        { object: 'performance', property: 'now', message: 'time is counted in ticks' },
      ],
    },
  },
);
