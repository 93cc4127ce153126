/**
 * The pacing director, for siege mode and long levels (the map's `director` property). It never
 * spawns a zombie: it moves the horde that is already there with in-world sounds.
 *
 * - build-up: quiet, for `buildUpTicks`; if `tooManyHunting` zombies already hunt, the students are
 *   at their peak without help and it goes straight to relax.
 * - peak: for `peakTicks`, every `eventEveryTicks` a bell, thunder or a helicopter (seeded choice)
 *   sounds at a place `peakDistanceTiles` from the nearest student: the horde streams close.
 * - relax: one sound as far as it finds from every student draws the horde off; it lasts `relaxTicks` and until at
 *   most `relaxHunting` zombies hunt, then a new build-up starts.
 *
 * A bell rings at the level's bell (a `bell` noise maker) when it has one. Thunder and the bell mask
 * quieter noises for a while (rules/noise/noise-mask.ts).
 */

import type { TickContext } from '../tick-context';
import { makeNoise } from '../tick-context';
import { maskNoise } from '../noise/noise-mask';
import { DIRECTOR } from '../../kernel/tuning-world';
import type { World } from '../../state/world';
import type { DirectorPhase } from '../../state/minds-state';

export type DirectorSound = keyof typeof DIRECTOR.loudness;
const SOUNDS: readonly DirectorSound[] = ['bell', 'thunder', 'helicopter'];

export function updateDirector(context: TickContext): void {
  const { world } = context;
  if (!world.level.settings.director) return;
  const state = world.minds.director;
  state.phaseTicks++;
  const hunting = huntingCount(world);
  switch (state.phase) {
    case 'buildUp':
      if (hunting >= DIRECTOR.tooManyHunting) enter(context, 'relax');
      else if (state.phaseTicks >= DIRECTOR.buildUpTicks) enter(context, 'peak');
      return;
    case 'peak':
      if (state.phaseTicks >= DIRECTOR.peakTicks) {
        enter(context, 'relax');
        return;
      }
      if (--state.nextEventIn <= 0) {
        state.nextEventIn = DIRECTOR.eventEveryTicks;
        sound(context, 'peak');
      }
      return;
    case 'relax':
      if (state.phaseTicks >= DIRECTOR.relaxTicks && hunting <= DIRECTOR.relaxHunting) enter(context, 'buildUp');
      return;
  }
}

function enter(context: TickContext, phase: DirectorPhase): void {
  const state = context.world.minds.director;
  state.phase = phase;
  state.phaseTicks = 0;
  state.nextEventIn = 0;
  context.events.push({ type: 'directorPhase', phase });
  if (phase === 'relax') sound(context, 'relax');
}

function huntingCount(world: World): number {
  let count = 0;
  for (const zombie of world.zombies) if (zombie.mode === 'chase' || zombie.mode === 'attack') count++;
  return count;
}

function sound(context: TickContext, purpose: 'peak' | 'relax'): void {
  const { world } = context;
  const kind = SOUNDS[world.rng.int(0, SOUNDS.length - 1)]!;
  const bell = kind === 'bell' ? world.level.noiseMakers.find((maker) => maker.kind === 'bell') : undefined;
  const place = bell ?? choosePlace(world, purpose);
  if (place === undefined) return;
  world.minds.director.events++;
  context.events.push({ type: 'directorEvent', sound: kind, tileX: place.tileX, tileY: place.tileY, phase: purpose === 'peak' ? 'peak' : 'relax' });
  if (kind !== 'helicopter') maskNoise(world, kind, place.tileX, place.tileY);
  makeNoise(context, place.tileX + 0.5, place.tileY + 0.5, DIRECTOR.loudness[kind], kind, 'director');
}

/**
 * A walkable tile for the sound: of `placeTries` seeded picks, the one whose distance to the nearest
 * standing student fits the purpose best (peak: inside `peakDistanceTiles`, else the closest to its
 * middle; relax: the farthest).
 */
function choosePlace(world: World, purpose: 'peak' | 'relax'): { tileX: number; tileY: number } | undefined {
  const { grid, rng } = world;
  const students = world.students.filter((s) => !s.down);
  const [near, far] = DIRECTOR.peakDistanceTiles;
  const middle = (near + far) / 2;
  let best: { tileX: number; tileY: number } | undefined;
  let bestScore = -Infinity;
  for (let i = 0; i < DIRECTOR.placeTries; i++) {
    const tileX = rng.int(0, grid.width - 1);
    const tileY = rng.int(0, grid.height - 1);
    if (grid.cost[tileY * grid.width + tileX] === 0) continue;
    let nearest = Infinity;
    for (const s of students) {
      const dx = s.x - tileX - 0.5;
      const dy = s.y - tileY - 0.5;
      nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy));
    }
    if (students.length === 0) nearest = middle;
    const score = purpose === 'relax' ? nearest : -Math.abs(nearest - middle);
    if (score > bestScore) {
      bestScore = score;
      best = { tileX, tileY };
    }
  }
  return best;
}
