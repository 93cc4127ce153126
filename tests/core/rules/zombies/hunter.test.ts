import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { ZOMBIE } from '../../../../src/core/kernel/tuning';
import { HUNTER } from '../../../../src/core/kernel/tuning-world';
import { scenario } from './scenario';

// The hunter in the west room, a door in the wall, a noise called from the east room.
const ROOMS = (door: string) => `
  #############
  #.....#...S.#
  #.H...${door}.....#
  #.....#....E#
  #############`;

/** Ticks until the hunter is through the door (east of it), calling it with a noise now and then. */
function ticksToGetThrough(door: string, limit: number): { ticks: number; events: SimEvent[] } {
  const s = scenario(ROOMS(door), 3);
  const hunter = s.world.zombies[0]!;
  expect(hunter.kind).toBe('hunter');
  const events: SimEvent[] = [];
  for (let t = 1; t <= limit; t++) {
    const noise = t % 60 === 1 ? [{ tileX: 10, tileY: 2, radius: 14, cause: 'alarm' as const }] : [];
    events.push(...s.tick(noise));
    if (hunter.x > 7) return { ticks: t, events };
  }
  return { ticks: Infinity, events };
}

describe('the halfbie hunter', () => {
  it('opens a closed door in its way instead of bashing it', () => {
    const { ticks, events } = ticksToGetThrough('+', 600);
    expect(ticks).toBeLessThan(200);
    expect(events).toContainEqual({ type: 'doorOpened', doorId: 0, by: 'zombie:0' });
    expect(events.some((e) => e.type === 'doorHit')).toBe(false);
  });

  it('is kept out far longer by a locked door, which it must bash, slowly', () => {
    const closed = ticksToGetThrough('+', 600).ticks;
    const locked = ticksToGetThrough('L', 4000);
    expect(locked.events.some((e) => e.type === 'doorOpened')).toBe(false);
    expect(locked.events.filter((e) => e.type === 'doorHit').length).toBeGreaterThan(5);
    expect(locked.ticks).toBeGreaterThan(closed * 5);
  });

  it('is kept out by a barricaded door for longer than the run', () => {
    expect(ticksToGetThrough('=', 1500).ticks).toBe(Infinity);
  });

  it('does not fall for the same lure twice in a row, while a walker does', () => {
    const s = scenario(
      `
      ####################
      #.H..........#####S#
      #............#####.#
      #.Z..........#####E#
      ####################`,
      5,
    );
    const [hunter, walker] = s.world.zombies;
    const lure = [{ tileX: 8, tileY: 2, radius: 14, cause: 'alarm' as const }];
    const alertedBy = (events: SimEvent[], id: number) => events.some((e) => e.type === 'zombieAlerted' && e.zombieId === id);
    expect(alertedBy(s.tick(lure), hunter!.id)).toBe(true);
    // It goes, finds nobody, searches, gives up.
    for (let t = 0; t < 600 && hunter!.mode !== 'idle' && hunter!.mode !== 'wander'; t++) s.tick();
    expect(s.world.minds.lureMemory).toEqual([[hunter!.id, 8, 2]]);
    for (let t = 0; t < 400 && walker!.mode !== 'idle' && walker!.mode !== 'wander'; t++) s.tick();
    const second = s.tick(lure);
    expect(alertedBy(second, hunter!.id)).toBe(false);
    expect(alertedBy(second, walker!.id)).toBe(true);
    expect(hunter!.mode === 'idle' || hunter!.mode === 'wander').toBe(true);
    // A noise somewhere else is worth a look.
    const elsewhere = s.tick([{ tileX: 3, tileY: 3, radius: 14, cause: 'alarm' }]);
    expect(alertedBy(elsewhere, hunter!.id)).toBe(true);
  });

  it('hears a student breathing behind a wall, close by, and the horde does not', () => {
    const s = scenario(
      `
      ###########
      #.H.#.S...#
      #...#....E#
      #.Z.#.....#
      ###########`,
      2,
    );
    const [hunter, walker] = s.world.zombies;
    s.tick();
    s.tick();
    expect(hunter!.mode).toBe('investigate');
    expect({ x: hunter!.goalX, y: hunter!.goalY }).toEqual({ x: 6, y: 1 });
    expect(walker!.mode === 'idle' || walker!.mode === 'wander').toBe(true);
    expect(HUNTER.breathTiles).toBeGreaterThanOrEqual(4);
  });

  it('and the horde ignore each other: no zombie follows the hunter opening a door', () => {
    const { events } = ticksToGetThrough('+', 600);
    expect(events.filter((e) => e.type === 'zombieAlerted' && e.zombieId !== 0)).toEqual([]);
    expect(ZOMBIE.hunter.health).toBeGreaterThan(ZOMBIE.brute.health);
  });
});
