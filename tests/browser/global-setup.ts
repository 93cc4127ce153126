/**
 * Once per browser run: the built game served by Vite's preview server, and one headless Chromium
 * that every test file connects to (each file still gets its own contexts, so no state is shared).
 * Starting these once instead of in every file saves a browser launch and a server per file.
 */

import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer, startPreviewServer } from './servers';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built game, e.g. `http://127.0.0.1:41234/`. */
    gameUrl: string;
    /** Where test files connect to the shared Chromium (`chromium.connect`). */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first (npm run test:browser does)');
  const [preview, chromium] = await Promise.all([startPreviewServer(), launchChromiumServer()]);
  project.provide('gameUrl', preview.url);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await preview.stop();
  };
}
