/**
 * What the browser tests run against: Debian's headless Chromium (software WebGL, no calls home)
 * and the built game served by Vite's preview server on a free port. Started once per run by
 * global-setup.ts, or by a test file that needs its own (tests/browser/offline.test.ts stops its server).
 */

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { preview } from 'vite';

export function chromePath(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium (apt-get install -y chromium)");
  return found;
}

/** Headless Debian Chromium with software WebGL and no calls home (this machine's network is closed). */
function chromiumOptions(): LaunchOptions {
  return {
    executablePath: chromePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}

/** A Chromium that several test files connect to in turn (`chromium.connect(server.wsEndpoint())`). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(chromiumOptions());
}

export interface GameServer {
  url: string;
  /** Stops answering at once (open keep-alive connections are ended too). */
  stop(): Promise<void>;
}

/** Serves `dist/` (made by `vite build`) on a free port of 127.0.0.1. */
export async function startPreviewServer(): Promise<GameServer> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first (npm run test:browser does)');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.httpServer.close(() => resolve());
        // Keep-alive connections would hold the server open (and keep answering): end them.
        (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      return stopped;
    },
  };
}
