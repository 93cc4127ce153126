/**
 * Browser harness: the built game (`dist/`, made by `vite build`) in headless Chromium through
 * playwright-core. The server and Chromium are started once per run (global-setup.ts) and shared
 * by the test files; each page gets a context of its own. Chromium comes from CHROME_PATH, or
 * Debian's /usr/bin/chromium (installed by .ci/run); nothing is downloaded.
 */

import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { inject } from 'vitest';
import { launchChromium, startPreviewServer, type GameServer } from './servers';

export { chromePath } from './servers';

export interface GameHarness {
  url: string;
  browser: Browser;
  /** `setup` runs on the new page before the game loads (init scripts, clock control). */
  open(options?: BrowserContextOptions & { query?: string; setup?: (page: Page) => Promise<void> }): Promise<GamePage>;
  /** Stops the web server but keeps the browser (for offline tests; needs `ownServer`). */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Every page open now. A page left open keeps running the game beside the next test and slows it
 * (and every test after it): page-cleanup.ts closes what a test opened when the test ends.
 */
const openPages = new Set<GamePage>();

export function pagesOpen(): ReadonlySet<GamePage> {
  return new Set(openPages);
}

/** A page of its own context, listed in `openPages` until the context closes (however it is closed). */
async function openPage(browser: Browser, contextOptions: BrowserContextOptions): Promise<GamePage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...contextOptions });
  const page = await context.newPage();
  const game: GamePage = { page, context, errors: collectErrors(page), close: () => context.close() };
  openPages.add(game);
  context.on('close', () => openPages.delete(game));
  return game;
}

/** Uncaught exceptions and console errors of a page, collected as they happen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** What global-setup.ts started for the run; nothing outside Vitest (the screenshot and bench tools). */
function shared(key: 'gameUrl' | 'chromiumEndpoint'): string | undefined {
  return '__vitest_worker__' in globalThis ? inject(key) : undefined;
}

/** The run's shared Chromium, or one of this harness's own when there is none. */
function connectChromium(): Promise<Browser> {
  const endpoint = shared('chromiumEndpoint');
  return endpoint === undefined ? launchChromium() : chromium.connect(endpoint);
}

/**
 * The game served and a browser to open it in. `ownServer`: a server of this file's own, which it
 * may stop (the shared one serves the other files).
 */
export async function startGameHarness(options: { ownServer?: boolean } = {}): Promise<GameHarness> {
  const sharedUrl = shared('gameUrl');
  const server: GameServer | undefined = options.ownServer === true || sharedUrl === undefined ? await startPreviewServer() : undefined;
  const url = server?.url ?? sharedUrl!;
  const browser = await connectChromium();
  return {
    url,
    browser,
    async open(openOptions = {}) {
      const { query, setup, ...contextOptions } = openOptions;
      const game = await openPage(browser, contextOptions);
      if (setup !== undefined) await setup(game.page);
      // Generous limits: the machine running the suite is often busy with other builds.
      await game.page.goto(url + (query ?? ''), { timeout: 120_000 });
      await game.page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, { timeout: 120_000 });
      return game;
    },
    stopServer() {
      if (server === undefined) throw new Error('stopServer needs startGameHarness({ ownServer: true }): the shared server serves the other test files');
      return server.stop();
    },
    async close() {
      await browser.close();
      await server?.stop();
    },
  };
}

export interface DevHarness {
  url: string;
  browser: Browser;
  server: ViteDevServer;
  /** Opens `url + query` (1280x720 unless `options` say otherwise) and waits until the game has left its boot screen. */
  open(query?: string, options?: BrowserContextOptions): Promise<GamePage>;
  close(): Promise<void>;
}

/**
 * The Vite dev server (with the level hot-reload plugin of vite.config.ts) on a free port, and
 * headless Chromium: for tests of what only the dev server does. Uses its own dependency cache so
 * it does not disturb a developer's `npm run dev`.
 */
export async function startDevHarness(): Promise<DevHarness> {
  const server = await createServer({
    // Watch levels/ only: an edit elsewhere in a shared working tree must not reload the page mid-test.
    server: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      watch: { ignored: ['**/src/**', '**/tests/**', '**/tools/**', '**/assets/**', '**/docs/**', '**/bench/**', '**/dist/**', '**/test-results/**', '**/node_modules/**', '**/.git/**'] },
    },
    cacheDir: 'node_modules/.vite-dev-harness',
    logLevel: 'silent',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') throw new Error('dev server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await connectChromium();
  return {
    url,
    browser,
    server,
    async open(query = '', options = {}) {
      const game = await openPage(browser, options);
      await game.page.goto(url + query);
      // The first visit makes Vite pre-bundle Phaser: slow on a busy machine.
      await game.page.waitForFunction(() => window.hyosan !== undefined && window.hyosan.screen() !== 'boot', undefined, { timeout: 120_000 });
      return game;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Waits until the game has stepped and drawn `count` more frames (a state, not a time: a slow machine only takes longer). */
export async function nextFrames(game: GamePage, count = 3): Promise<void> {
  const from = await game.page.evaluate(() => window.hyosan.frame());
  await game.page.waitForFunction(([f, n]) => window.hyosan.frame() >= f + n, [from, count] as const, { timeout: 60_000, polling: 'raf' });
}

/**
 * Under the step lock (`hyosan.stepLock(true)`): `ticks` ticks, then a drawn frame (what the hook
 * reports of the screen is read as it is drawn), until `done` holds in the page. A level runs as
 * fast as its ticks compute, however busy the machine; fails if `done` never comes about.
 */
export async function runUntil(game: GamePage, done: () => boolean, ticks = 5, limit = 1000): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if (await game.page.evaluate(done)) return;
    await game.page.evaluate((n) => window.hyosan.advance(n), ticks);
    await nextFrames(game, 1);
  }
  throw new Error(`never came about in ${limit * ticks} ticks: ${done.toString()}`);
}
