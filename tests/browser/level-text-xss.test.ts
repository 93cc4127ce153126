/**
 * Level text is never HTML: a level whose names and values carry markup payloads is shown (on the
 * error screen, in the HUD) as literal text on the canvas, adds no element to the page, runs no
 * script and breaks no Content-Security-Policy. The source has no HTML sinks at all.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedLevelText } from '../core/level-fixture';
import { startGameHarness, type GameHarness } from './harness';

let harness: GameHarness;
beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|js|html)$/.test(name) ? [path] : [];
  });
}

const PAYLOAD = '<img src=x onerror=window.__xss=1>';
const SHORT = '<svg onload=__xss=3>';

describe('level text is never HTML', () => {
  it('has no HTML sinks in the game source', () => {
    for (const file of [...sources('src'), 'index.html']) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc|\.add\.dom\(/);
    }
  });

  it('shows markup in a broken and in a playable level as plain text, with no new element, script or CSP violation', async () => {
    const game = await harness.open();
    const before = await game.page.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      return document.querySelectorAll('*').length;
    });
    const level = JSON.parse(shippedLevelText()) as {
      properties?: { name: string; value: unknown }[];
      layers: { name: string; objects?: { type: string; properties?: { name: string; value: unknown }[] }[] }[];
    };
    // Broken: an unknown zombie kind and a file name, both markup.
    const broken = structuredClone(level);
    broken.layers.find((l) => l.name === 'zombies')!.objects![0]!.type = PAYLOAD;
    const failed = await game.page.evaluate(([file, text]) => window.hyosan.loadLevelText(file, text), [`levels/${SHORT}.json`, JSON.stringify(broken)] as const);
    expect(failed.ok).toBe(false);
    const errorTexts = await game.page.evaluate(() => window.hyosan.texts().join('\n'));
    expect(errorTexts).toContain(PAYLOAD);
    // Playable: a student named with markup.
    const playable = structuredClone(level);
    const student = playable.layers.find((l) => l.name === 'students')!.objects![0]!;
    student.properties = [...(student.properties ?? []).filter((p) => p.name !== 'name'), { name: 'name', type: 'string', value: SHORT } as { name: string; value: unknown }];
    const loaded = await game.page.evaluate((text) => window.hyosan.loadLevelText('levels/markup.json', text), JSON.stringify(playable));
    expect(loaded.ok).toBe(true);
    expect(await game.page.evaluate(() => window.hyosan.snapshot().students[0]!.name)).toBe(SHORT);
    await game.page.waitForFunction(() => window.hyosan.snapshot().tick > 10, undefined, { timeout: 60_000 });

    const after = await game.page.evaluate(() => ({
      elements: document.querySelectorAll('*').length,
      markup: document.querySelectorAll('img, svg, script:not([src]), iframe').length,
      canary: (window as unknown as { __xss?: unknown }).__xss,
      violations: (window as unknown as { __violations: string[] }).__violations,
      inPage: document.documentElement.outerHTML.includes('onerror') || document.documentElement.outerHTML.includes('onload='),
    }));
    expect(after.canary).toBeUndefined();
    expect(after.markup).toBe(0);
    expect(after.inPage).toBe(false);
    expect(after.elements).toBe(before);
    expect(after.violations).toEqual([]);
    expect(game.errors).toEqual([]);
    await game.close();
  });
});
