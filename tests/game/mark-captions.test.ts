/**
 * The first time each coloured mark is on the screen it is named (render/mark-captions.ts): new
 * players asked what the pink, blue and green marks meant. On the classroom wing: the friend's pink
 * ring, the key's blue diamond, the green way out once the list is done; only marks on the screen,
 * and each kind once.
 */

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/core/level/parse-level';
import { createSimulation } from '../../src/core/sim/simulation';
import type { Snapshot } from '../../src/core/sim/snapshot';
import { setLanguage, t } from '../../src/game/i18n/i18n';
import { legendRows } from '../../src/game/help-rows';
import { captionDue, captionSpot, captionTop, MARK_KINDS } from '../../src/game/render/mark-captions';
import { TILE_SIZE } from '../../src/game/render/sprite-layout';

function classroomWing(): Snapshot {
  const result = parseLevel(readFileSync('levels/01-classroom-wing.json', 'utf8'), 'levels/01-classroom-wing.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return createSimulation(result.level, { seed: 1 }).snapshot();
}

const WHOLE = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };

afterEach(() => setLanguage('en'));

describe('a coloured mark', () => {
  it('is named the first time it is on the screen, each kind once', () => {
    const snapshot = classroomWing();
    const first = captionDue(snapshot, WHOLE, new Set())!;
    expect(first).not.toBeNull();
    const named = new Set<string>([first.kind]);
    for (let next = captionDue(snapshot, WHOLE, named); next !== null; next = captionDue(snapshot, WHOLE, named)) {
      expect(named.has(next.kind)).toBe(false);
      named.add(next.kind);
    }
    // Level 1's current step has marks of these kinds (a friend to find and a thing to pick up among them).
    expect([...named].every((kind) => (MARK_KINDS as readonly string[]).includes(kind))).toBe(true);
    // Off the screen it waits.
    expect(captionDue(snapshot, { x: -100 * TILE_SIZE, y: -100 * TILE_SIZE, width: 10 * TILE_SIZE, height: 10 * TILE_SIZE }, new Set())).toBeNull();
  });

  it('waits while the mark is under the HUD (a phone’s touch controls, the status panel)', () => {
    const snapshot = classroomWing();
    const first = captionDue(snapshot, WHOLE, new Set())!;
    const cover = { x: first.x - 20, y: first.y - 20, width: 40, height: 40 };
    expect(captionDue(snapshot, WHOLE, new Set(), [cover])?.x === first.x && captionDue(snapshot, WHOLE, new Set(), [cover])?.y === first.y).toBe(false);
  });

  it('names the way out once the list is done', () => {
    const snapshot = structuredClone(classroomWing());
    snapshot.objectives = snapshot.objectives.map((o) => ({ ...o, state: 'done' as const }));
    expect(captionDue(snapshot, WHOLE, new Set())?.kind).toBe('markExit');
  });

  it('has its words and a legend row in English and Korean', () => {
    for (const language of ['en', 'ko'] as const) {
      setLanguage(language);
      for (const kind of MARK_KINDS) expect(t(`marks.${kind}`)).not.toMatch(/^marks\./);
      const rows = legendRows();
      expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['mark-pink', 'mark-blue', 'mark-green']));
      for (const row of rows) expect(row.value).not.toMatch(/^help\./);
    }
  });
});

describe("a mark's caption", () => {
  const mark = { x: 100, y: 100 };

  it('goes under its mark, or over it when the HUD covers the place under it, and waits hidden when both are covered', () => {
    expect(captionTop(mark, 80, 10, [])).toBe(112);
    // A runner's warning on the banner covered "Green: the way out" under the exit's mark (a new player's screen).
    const banner = { x: 0, y: 115, width: 400, height: 20 };
    expect(captionTop(mark, 80, 10, [banner])).toBe(78);
    expect(captionTop(mark, 80, 10, [banner, { x: 0, y: 70, width: 400, height: 15 }])).toBeNull();
  });
});

describe('a mark caption near the screen edge', () => {
  const view = { x: 0, y: 0, width: 200, height: 100 };
  const inside = (spot: { x: number; top: number }, width: number, height: number): boolean =>
    spot.x - width / 2 >= view.x && spot.x + width / 2 <= view.x + view.width && spot.top >= view.y && spot.top + height <= view.y + view.height;

  it('moves in from a side rather than be cut ("Pink ring" at the right edge after the camera moved)', () => {
    const spot = captionSpot({ x: 195, y: 30 }, 80, 10, [], view)!;
    expect(inside(spot, 80, 10)).toBe(true);
    expect(spot.top).toBe(30 + 12);
  });

  it('goes over its mark at the bottom of the screen, and hides when neither fits', () => {
    const spot = captionSpot({ x: 100, y: 95 }, 80, 10, [], view)!;
    expect(inside(spot, 80, 10)).toBe(true);
    expect(spot.top).toBeLessThan(95);
    expect(captionSpot({ x: 100, y: 50 }, 80, 10, [], { ...view, height: 20, y: 45 })).toBeNull();
  });
});
