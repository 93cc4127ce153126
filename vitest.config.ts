import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/game/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // One worker per core (Vitest's default leaves one core idle, which on two cores halves the speed).
          maxWorkers: availableParallelism(),
          // Test files share a worker's loaded modules instead of importing the core afresh each (a
          // quarter of the suite's CPU time went to imports). Safe because these tests mock nothing
          // and keep no state between files: the core keeps no module-level state (its caches live in
          // each simulation's tick context; module-state.test.ts checks), the stand-in `window` of
          // time-step.test.ts is removed after use, and only save-envelope.test.ts reads the fake
          // IndexedDB it installs (camp-save.test.ts empties what it wrote).
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 400_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One web server and one Chromium for the whole run; each file connects to them.
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/page-cleanup.ts'],
          // The files run one after another in one worker that imports Playwright and Vite once.
          isolate: false,
        },
      },
    ],
  },
});
