/**
 * The halfbie hunter stalks the group across levels (sim/campaign/stalker.ts): a hunter still standing
 * when the group leaves follows them; one locked out (no way to an exit on its routing grid), lured
 * away (busy with a noise far from every exit) or killed does not. On the next level it comes in
 * after STALKER.entryDelayTicks at the map's hunterEntry or a far, reachable tile picked from the
 * seed, and the campaign's stalker entry is checked when loaded.
 */

import { describe, expect, it } from 'vitest';
import { carryOver, checkCampaign, startCampaign, type CampaignState } from '../../../../src/core/sim/campaign/campaign-state';
import { difficultyPreset } from '../../../../src/core/kernel/difficulty';
import { entryTile, stalkerAfter } from '../../../../src/core/sim/campaign/stalker';
import type { SimEvent } from '../../../../src/core/state/events';
import type { Level } from '../../../../src/core/level/level';
import { parseLevel } from '../../../../src/core/level/parse-level';
import type { SimState } from '../../../../src/core/sim/save/sim-state-format';
import { createSimulation } from '../../../../src/core/sim/simulation';
import { ZOMBIE } from '../../../../src/core/kernel/tuning';
import { STALKER } from '../../../../src/core/kernel/tuning-world';
import { levelFromAscii, tiledFromAscii } from '../../level-fixture';

const OPEN = `
  ##############
  #S..........E#
  #............#
  #..........H.#
  ##############
`;
const LOCKED_IN = `
  ##############
  #S..........E#
  #######L######
  #.....H......#
  ##############
`;
const LONG_HALL = `
  ######################
  #H.................SE#
  #....................#
  ######################
`;
const NEXT = `
  ################
  #S.............#
  #..............#
  #.....#####....#
  #.....#...#...E#
  ################
`;

/** The level's state after a tick, with `change` applied to its first zombie (the hunter). */
function leave(level: Level, change: (hunter: SimState['zombies'][number]) => void = () => {}): SimState {
  const sim = createSimulation(level, { seed: 9 });
  sim.step([]);
  const state = sim.saveState();
  change(state.zombies[0]!);
  return state;
}

function withEntry(ascii: string, entry: string): Level {
  const tiled = { ...tiledFromAscii(ascii), properties: [{ name: 'hunterEntry', type: 'string', value: entry }] };
  const result = parseLevel(JSON.stringify(tiled), 'entry.json');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.level;
}

const campaignAfter = (level: Level, state: SimState): CampaignState => carryOver(startCampaign(difficultyPreset('normal')), state, level);

describe('who follows the group out of a level', () => {
  it('a hunter still standing, with a way to the exit, follows with its health', () => {
    const level = levelFromAscii(OPEN);
    const state = leave(level, (hunter) => {
      hunter.health = 9;
    });
    expect(stalkerAfter(state, level)).toEqual({ outcome: 'follows', stalker: { kind: 'hunter', name: null, health: 9 } });
    expect(campaignAfter(level, state).stalker).toEqual({ kind: 'hunter', name: null, health: 9 });
  });

  it('a hunter locked in a room (locked door between it and the exit) stays behind; opened, it follows', () => {
    const level = levelFromAscii(LOCKED_IN);
    expect(stalkerAfter(leave(level), level)).toEqual({ outcome: 'lockedOut', stalker: null });
    expect(campaignAfter(level, leave(level)).stalker).toBeNull();
    // The same room with the door unlocked and closed: it opens doors, so it is not cut off.
    const unlocked = leave(level);
    unlocked.doors[0]!.state = 'closed';
    expect(stalkerAfter(unlocked, level).outcome).toBe('follows');
    // A barricade on a closed door cuts it off too.
    unlocked.doors[0]!.barricade = 50;
    expect(stalkerAfter(unlocked, level).outcome).toBe('lockedOut');
  });

  it('a hunter following a noise far from every exit was lured away; one near the exit, or tracking breath, was not', () => {
    const level = levelFromAscii(LONG_HALL);
    const lured = (hunter: SimState['zombies'][number]): void => {
      Object.assign(hunter, { mode: 'investigate', onTrail: false, goalStrength: 0.4, goalX: 2, goalY: 2 });
    };
    expect(stalkerAfter(leave(level, lured), level)).toEqual({ outcome: 'lured', stalker: null });
    // The noise it goes to is next to the exit: it follows.
    expect(
      stalkerAfter(
        leave(level, (h) => {
          lured(h);
          h.goalX = 18;
        }),
        level,
      ).outcome,
    ).toBe('follows');
    // On a breath (goalStrength 0), not a noise: it follows.
    expect(
      stalkerAfter(
        leave(level, (h) => {
          lured(h);
          h.goalStrength = 0;
        }),
        level,
      ).outcome,
    ).toBe('follows');
    expect(STALKER.luredFarTiles).toBeLessThan(18);
  });

  it('a killed hunter follows nobody, and a level without one has no stalker', () => {
    const level = levelFromAscii(OPEN);
    expect(
      stalkerAfter(
        leave(level, (h) => {
          h.mode = 'down';
          h.health = 0;
        }),
        level,
      ),
    ).toEqual({ outcome: 'killed', stalker: null });
    const none = levelFromAscii(OPEN.replace('H', '.'));
    expect(stalkerAfter(leave(none), none)).toEqual({ outcome: 'none', stalker: null });
  });
});

describe('the stalker on the next level', () => {
  const carried = (): CampaignState =>
    campaignAfter(
      levelFromAscii(OPEN),
      leave(levelFromAscii(OPEN), (h) => {
        h.health = 11;
      }),
    );

  it("comes in after the delay at the level's hunterEntry, with its health, and says so once", () => {
    const level = withEntry(NEXT, '13,2');
    const sim = createSimulation(level, { seed: 5, campaign: carried() });
    const events: SimEvent[] = [];
    while (sim.tick < STALKER.entryDelayTicks - 1) events.push(...sim.step([]));
    expect(sim.snapshot().zombies).toHaveLength(0);
    events.push(...sim.step([]));
    const hunters = sim.saveState().zombies.filter((z) => z.kind === 'hunter');
    expect(hunters).toHaveLength(1);
    expect(hunters[0]!.health).toBe(11);
    expect(events.filter((e) => e.type === 'hunterEntered')).toEqual([{ type: 'hunterEntered', zombieId: 0, tileX: 13, tileY: 2 }]);
    expect(hunters[0]!.homeX).toBe(13);
    expect(sim.saveState().stalker).toBeNull();
  });

  it('without a hunterEntry: a reachable floor tile among the farthest from the start, the same for the same seed', () => {
    const level = levelFromAscii(NEXT);
    const a = entryTile(level, 5);
    expect(entryTile(level, 5)).toEqual(a);
    const tiles = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(entryTile(level, seed))));
    for (const text of tiles) {
      const tile = JSON.parse(text) as { tileX: number; tileY: number };
      expect(level.grid.cost[tile.tileY * level.width + tile.tileX]).toBeGreaterThan(0);
      // Walking distance from S (1,1) on this map: no wall between, so at least farShare of the farthest (13 + 3 = 16 steps, to the exit corner).
      expect(Math.abs(tile.tileX - 1) + Math.abs(tile.tileY - 1)).toBeGreaterThanOrEqual(Math.ceil(16 * STALKER.farShare));
      expect(tile.tileX === 14 && tile.tileY === 4).toBe(false); // not on the exit
      expect(tile.tileX >= 7 && tile.tileX <= 9 && tile.tileY === 4).toBe(false); // not in the walled-off pocket
    }
    expect(tiles.size).toBeGreaterThan(1);
  });

  it('plays the same with the same seed, and a save while it waits outside carries it in', () => {
    const level = levelFromAscii(NEXT);
    const run = (): string => {
      const sim = createSimulation(level, { seed: 'night', campaign: carried() });
      for (let i = 0; i < STALKER.entryDelayTicks + 200; i++) sim.step([]);
      return sim.stateHash();
    };
    expect(run()).toBe(run());
    const first = createSimulation(level, { seed: 'night', campaign: carried() });
    for (let i = 0; i < 100; i++) first.step([]);
    const saved = JSON.parse(JSON.stringify(first.saveState())) as SimState;
    expect(saved.stalker).toMatchObject({ kind: 'hunter', health: 11, enterTick: STALKER.entryDelayTicks });
    const resumed = createSimulation(level, { seed: 'night', state: saved });
    for (let i = 100; i < STALKER.entryDelayTicks + 200; i++) resumed.step([]);
    expect(resumed.stateHash()).toBe(run());
  });

  it("the campaign's stalker entry is checked when loaded: a broken one is refused with a message", () => {
    const good = carried();
    expect(checkCampaign(JSON.parse(JSON.stringify(good)))).toMatchObject({ ok: true });
    expect(checkCampaign({ ...good, stalker: { kind: 'hunter', name: null, health: 'lots' } })).toEqual({
      ok: false,
      error: `campaign stalker.health must be above 0 and at most ${ZOMBIE.hunter.health} (got "lots")`,
    });
    expect(checkCampaign({ ...good, stalker: { kind: 'brute', name: null, health: 5 } })).toEqual({ ok: false, error: 'campaign stalker.kind must be "hunter" (got "brute")' });
    expect(checkCampaign({ ...good, stalker: { kind: 'hunter', name: null, health: 5, x: 3 } })).toEqual({ ok: false, error: 'campaign stalker has an unknown field "x"' });
    expect(checkCampaign({ ...good, stalker: null })).toMatchObject({ ok: true });
  });

  it('a saved state whose stalker would enter in a wall is refused', () => {
    const level = levelFromAscii(NEXT);
    const sim = createSimulation(level, { seed: 1, campaign: carried() });
    const state = sim.saveState();
    state.stalker = { ...state.stalker!, tileX: 0, tileY: 0 };
    expect(() => createSimulation(level, { seed: 1, state })).toThrow('simulation state stalker: enters at a wall (0, 0)');
  });
});
