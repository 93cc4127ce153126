/** The download budgets, in KB of 1,000 bytes (checked by npm run size and tests/browser/first-load.test.ts). */
export const BUDGETS_KB = { firstPlayable: 600, total: 1200, offlineCache: 2000 } as const;
