/**
 * Helpers for AI scenario tests: a world and tick context built from an ASCII level (through the
 * real parser), so a test can make one noise, step the zombies and read what they decided.
 */

import type { NoiseCause, SimEvent } from '../../../../src/core/state/events';
import { createRng } from '../../../../src/core/kernel/rng';
import { createTickContext, makeNoise, type TickContext } from '../../../../src/core/rules/tick-context';
import { createWorld, type World } from '../../../../src/core/state/world';
import { updateZombies } from '../../../../src/core/rules/zombies/zombie-update';
import { levelFromAscii } from '../../level-fixture';

export interface Scenario {
  world: World;
  context: TickContext;
  /** Runs the zombies' part of one tick after the given noises (x, y in tiles). Returns its events. */
  tick(noises?: { tileX: number; tileY: number; radius: number; cause?: NoiseCause; by?: string }[]): SimEvent[];
}

export function scenario(ascii: string, seed = 1): Scenario {
  const level = levelFromAscii(ascii);
  const world = createWorld(level, createRng(seed), seed);
  const context = createTickContext(world);
  return {
    world,
    context,
    tick(noises = []) {
      world.tick++;
      context.noises = [];
      context.events = [];
      for (const n of noises) makeNoise(context, n.tileX + 0.5, n.tileY + 0.5, n.radius, n.cause ?? 'footstep', n.by ?? 'test');
      updateZombies(context);
      return context.events;
    },
  };
}

/** The first tile marked `mark` in a drawing. */
export function findMark(ascii: string, mark: string): { tileX: number; tileY: number } {
  const rows = ascii
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.length > 0);
  for (let tileY = 0; tileY < rows.length; tileY++) {
    const tileX = rows[tileY]!.indexOf(mark);
    if (tileX >= 0) return { tileX, tileY };
  }
  throw new Error(`no ${mark} in the map`);
}
