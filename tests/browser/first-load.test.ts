/**
 * A first visit, from a cold cache: what is downloaded before the title takes a click stays within
 * the first-playable budget (gzip, as a compressing host sends it), no sound is among it, and the
 * time to an interactive title with the CPU slowed 4× (a slow phone) is reported.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFirstLoad } from '../../tools/size/first-load';
import { BUDGETS_KB } from '../../tools/size/budgets';
import { startGameHarness, type GameHarness } from './harness';

let harness: GameHarness;

beforeAll(async () => {
  harness = await startGameHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('first load', () => {
  it(`downloads at most ${BUDGETS_KB.firstPlayable} KB gzipped before the title is interactive, and times it on a 4× slower CPU`, async () => {
    const cold = await measureFirstLoad(harness.browser, harness.url);
    const listing = cold.files.map((f) => `${f.path} ${(f.gzip / 1000).toFixed(1)} KB`).join(', ');
    console.log(`first playable: ${(cold.gzip / 1000).toFixed(1)} KB gzipped in ${cold.files.length} files (${listing}); title interactive after ${cold.titleMs.toFixed(0)} ms`);
    // One chunk of code: camp, the level preview and the AI debug overlay come later, if at all.
    expect(
      cold.files.filter((f) => f.path.endsWith('.js')).map((f) => f.path),
      listing,
    ).toEqual([expect.stringMatching(/^assets\/index-[\w-]+\.js$/)]);
    expect(
      cold.files.some((f) => /\.woff2$/.test(f.path)),
      listing,
    ).toBe(true);
    // Sound comes after the title: not needed before the first click.
    expect(
      cold.files.filter((f) => /\.(ogg|mp3|wav)$/.test(f.path)),
      listing,
    ).toEqual([]);
    expect(cold.gzip / 1000, listing).toBeLessThanOrEqual(BUDGETS_KB.firstPlayable);

    const slow = await measureFirstLoad(harness.browser, harness.url, { cpuSlowdown: 4 });
    console.log(`CPU slowed 4×: title interactive after ${slow.titleMs.toFixed(0)} ms (${(slow.gzip / 1000).toFixed(1)} KB before it)`);
    expect(slow.gzip).toBe(cold.gzip);
    expect(slow.titleMs).toBeGreaterThan(0);
  }, 600_000);
});
