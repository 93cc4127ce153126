/**
 * The built game keeps a strict Content-Security-Policy: scripts and styles only from its own
 * origin (no inline ones), no WebSockets, and no code made from strings anywhere in the bundle
 * (zod runs jitless for this). In the browser, the game runs under it with no violation reported.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGameHarness, type GameHarness } from './harness';

const html = readFileSync('dist/index.html', 'utf8');
const scripts = readdirSync('dist/assets')
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, code: readFileSync(join('dist/assets', name), 'utf8') }));

describe('the built game', () => {
  it('declares a strict Content-Security-Policy', () => {
    // The meta tag's attributes may stand on lines of their own (the HTML is formatted).
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).not.toMatch(/unsafe-inline/);
    // No WebSockets in the built game (the dev server adds `ws:` for hot reload only).
    expect(policy).not.toMatch(/\bwss?:/);
  });

  it('contains no eval or new Function in any script', () => {
    expect(scripts.length).toBeGreaterThan(0);
    for (const { name, code } of scripts) {
      expect(code.match(/\beval\s*\(/g), name).toBeNull();
      expect(code.match(/new\s+Function\s*\(/g), name).toBeNull();
    }
  });
});

describe('the built game in the browser', () => {
  let harness: GameHarness;
  beforeAll(async () => {
    harness = await startGameHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('runs under its policy with no inline style allowed and no policy violation', async () => {
    // Every violation the page reports, from before the first byte of the game runs.
    const game = await harness.open({
      setup: async (page) => {
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { violations: string[] }).violations = seen;
          document.addEventListener('securitypolicyviolation', (event) =>
            seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
          );
        });
      },
    });
    const policy = await game.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(policy).toMatch(/style-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline/);
    expect(policy).not.toMatch(/\bwss?:/);
    // The page's style came from its stylesheet: the dark page, the game filling the window.
    expect(await game.page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.getElementById('game')!).position])).toEqual(['rgb(7, 9, 15)', 'fixed']);
    // Play a level and open the pause menu: the screens a player meets first.
    await game.page.evaluate(() => window.hyosan.startLevel('01-classroom-wing', { seed: 3 }));
    await game.page.waitForFunction(() => window.hyosan.screen() === 'playing' && window.hyosan.snapshot().tick >= 10, undefined, { timeout: 60_000, polling: 50 });
    await game.page.evaluate(() => window.hyosan.pause(true));
    await game.page.waitForFunction(() => window.hyosan.menu() !== null, undefined, { timeout: 30_000, polling: 50 });
    expect(await game.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(game.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await game.close();
  }, 120_000);
});
