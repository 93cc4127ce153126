import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        navigator: 'readonly',
        process: 'readonly',
        globalThis: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
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
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'performance',
        'Date',
        'crypto',
        'setTimeout',
        'setInterval',
        'setImmediate',
        'requestAnimationFrame',
        'requestIdleCallback',
        'queueMicrotask',
        'localStorage',
        'fetch',
        'navigator',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'use the seeded Rng' },
        { object: 'Date', property: 'now', message: 'time is counted in ticks' },
        { object: 'performance', property: 'now', message: 'time is counted in ticks' },
        // The same state on every engine: these may differ in their last bit between JavaScript engines
        // (Math.sqrt, + - * / are exact by IEEE 754). Use Math.sqrt(dx * dx + dy * dy), products or a table.
        ...['hypot', 'pow', 'cbrt', 'exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'].map(
          (property) => ({
            object: 'Math',
            property,
            message: 'may differ in its last bit between engines: use Math.sqrt, products or a table',
          }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']", message: '`**` is Math.pow, which may differ in its last bit between engines: use products or a table' },
      ],
    },
  },
);
