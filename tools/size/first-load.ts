/**
 * What a first visit downloads before the title takes a click: opens the built game in a fresh
 * browser context (cold cache, no service worker yet), waits for the title's performance mark and
 * lists every file fetched before it (and the page's icon, whenever the browser asks for it), with the bytes a gzip-serving host would send for each
 * (gzip -9 of the file in dist/; images, Opus and woff2 are compressed already and barely change).
 * Optionally with the CPU slowed down through the Chrome DevTools protocol, to time a slow phone.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { TITLE_MARK } from '../../src/game/title-mark';

export interface FirstLoad {
  files: { path: string; gzip: number }[];
  gzip: number;
  /** ms from navigation start to the title taking input. */
  titleMs: number;
  /** The service worker was not yet registered when the title came up (its downloads come later). */
  serviceWorkerIdle: boolean;
}

export async function measureFirstLoad(browser: Browser, url: string, options: { cpuSlowdown?: number; dist?: string } = {}): Promise<FirstLoad> {
  const dist = options.dist ?? 'dist';
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    if (options.cpuSlowdown !== undefined && options.cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    }
    await page.goto(url, { timeout: 180_000 });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TITLE_MARK, { timeout: 180_000, polling: 50 });
    const seen = await page.evaluate(async (mark) => {
      const at = performance.getEntriesByName(mark)[0]!.startTime;
      const registrations = await navigator.serviceWorker.getRegistrations();
      const resources = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= at)
        .map((e) => e.name);
      // The browser fetches the page's icon when it chooses, sometimes after the title and sometimes
      // before; it is counted in every run, so the figure does not depend on that race.
      const icons = [...document.querySelectorAll<HTMLLinkElement>('link[rel="icon"]')].map((link) => link.href);
      return { at, urls: [location.href, ...resources, ...icons], registered: registrations.length > 0 };
    }, TITLE_MARK);
    const base = new URL(url);
    const files = [...new Set(seen.urls)].map((address) => {
      const path = new URL(address).pathname.slice(base.pathname.length) || 'index.html';
      return { path, gzip: gzipSync(readFileSync(join(dist, path)), { level: 9 }).length };
    });
    return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), titleMs: seen.at, serviceWorkerIdle: !seen.registered };
  } finally {
    await context.close();
  }
}
