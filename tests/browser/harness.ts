/**
 * Browser harness: serves the built game (`dist/`, made by `vite build`) with Vite's preview server
 * and opens it in headless Chromium through playwright-core. Chromium comes from CHROME_PATH, or
 * Debian's /usr/bin/chromium (installed by .ci/run); nothing is downloaded.
 */

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';

export function chromePath(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) throw new Error('No Chromium found: set CHROME_PATH or install Debian\'s chromium (apt-get install -y chromium)');
  return found;
}

export interface GameHarness {
  url: string;
  browser: Browser;
  /** `setup` runs on the new page before the game loads (init scripts, clock control). */
  open(options?: BrowserContextOptions & { query?: string; setup?: (page: Page) => Promise<void> }): Promise<GamePage>;
  /** Stops the web server but keeps the browser (for offline tests). */
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

/** Headless Debian Chromium with software WebGL and no calls home (this machine's network is closed). */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
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

export async function startGameHarness(): Promise<GameHarness> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first (npm run test:browser does)');
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  let stopped: Promise<void> | undefined;
  const stopServer = (): Promise<void> => {
    stopped ??= new Promise<void>((resolve) => {
      server.httpServer.close(() => resolve());
      // Keep-alive connections would hold the server open (and keep answering): end them.
      (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    return stopped;
  };
  return {
    url,
    browser,
    async open(options = {}) {
      const { query, setup, ...contextOptions } = options;
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...contextOptions });
      const page = await context.newPage();
      const errors = collectErrors(page);
      if (setup !== undefined) await setup(page);
      // Generous limits: the machine running the suite is often busy with other builds.
      await page.goto(url + (query ?? ''), { timeout: 120_000 });
      await page.waitForFunction(() => window.hyosan?.screen() === 'title', undefined, { timeout: 120_000 });
      return { page, context, errors, close: () => context.close() };
    },
    stopServer,
    async close() {
      await browser.close();
      await stopServer();
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
    server: { port: 0, host: '127.0.0.1', strictPort: false, watch: { ignored: ['**/src/**', '**/tests/**', '**/tools/**', '**/assets/**', '**/docs/**', '**/bench/**', '**/dist/**', '**/test-results/**', '**/node_modules/**', '**/.git/**'] } },
    cacheDir: 'node_modules/.vite-dev-harness',
    logLevel: 'silent',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') throw new Error('dev server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  return {
    url,
    browser,
    server,
    async open(query = '', options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(url + query);
      // The first visit makes Vite pre-bundle Phaser: slow on a busy machine.
      await page.waitForFunction(() => window.hyosan !== undefined && window.hyosan.screen() !== 'boot', undefined, { timeout: 120_000 });
      return { page, context, errors, close: () => context.close() };
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
