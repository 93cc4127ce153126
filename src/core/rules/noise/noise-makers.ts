/**
 * Noise makers: PA speakers (played from the PA console), a piano, a fire alarm, the school bell —
 * objects of a level's `noisemakers` layer. A student starts one with interact (E) within
 * `NOISE_MAKERS.useRangeTiles`; an objective's device activation starts the noise maker standing in
 * its area instead of making its own sound (see objectives.ts). A sounding one makes its noise every
 * `everyTicks` for `soundTicks`, with the cause of its kind, so the horde streams toward it. Each
 * ring of the bell masks quieter noises around it for a while (noise-mask.ts).
 */

import type { NoiseCause } from '../../state/events';
import type { NoiseMakerKind } from '../../level/level-words';
import { NOISE_MAKERS } from '../../kernel/tuning-world';
import { makeNoise, type TickContext } from '../tick-context';
import type { Student } from '../../state/world';
import { maskNoise } from './noise-mask';

const CAUSE: Record<NoiseMakerKind, NoiseCause> = { speaker: 'speaker', paConsole: 'speaker', piano: 'piano', fireAlarm: 'fireAlarm', bell: 'bell' };

/** Starts the nearest noise maker in reach; false when none is. */
export function useNoiseMaker(context: TickContext, student: Student): boolean {
  const { world } = context;
  let best = -1;
  let bestDistance: number = NOISE_MAKERS.useRangeTiles;
  world.level.noiseMakers.forEach((maker, i) => {
    const dx = maker.tileX + 0.5 - student.x;
    const dy = maker.tileY + 0.5 - student.y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  if (best < 0) return false;
  startNoiseMaker(context, best, `student:${student.id}`);
  return true;
}

/**
 * Starts the noise maker of a device objective standing inside the area (x, y, width, height in
 * tiles). Returns false when none stands there, so the objective sounds its own noise.
 */
export function startNoiseMakerIn(context: TickContext, area: { tileX: number; tileY: number; width: number; height: number }, by: string): boolean {
  const index = context.world.level.noiseMakers.findIndex(
    (maker) => maker.tileX >= area.tileX - 1 && maker.tileX <= area.tileX + area.width && maker.tileY >= area.tileY - 1 && maker.tileY <= area.tileY + area.height,
  );
  if (index < 0) return false;
  startNoiseMaker(context, index, by);
  return true;
}

/** Starts noise maker `index` (a PA console starts every speaker too) and sounds it at once. */
export function startNoiseMaker(context: TickContext, index: number, by: string): void {
  const { world } = context;
  const maker = world.level.noiseMakers[index]!;
  const started = maker.kind === 'paConsole' ? world.level.noiseMakers.flatMap((other, i) => (i === index || other.kind === 'speaker' ? [i] : [])) : [index];
  for (const i of started) {
    const kind = world.level.noiseMakers[i]!.kind;
    const state = world.minds.noiseMakers[i]!;
    state.soundTicksLeft = NOISE_MAKERS[kind].soundTicks;
    state.nextNoiseIn = 0;
    context.events.push({ type: 'noiseMakerStarted', index: i, kind, tileX: world.level.noiseMakers[i]!.tileX, tileY: world.level.noiseMakers[i]!.tileY, by });
  }
  soundNoiseMakers(context, started);
}

/** Once per tick: every sounding noise maker whose time has come makes its noise. */
export function updateNoiseMakers(context: TickContext): void {
  soundNoiseMakers(context, undefined);
}

function soundNoiseMakers(context: TickContext, only: readonly number[] | undefined): void {
  const { world } = context;
  const makers = world.level.noiseMakers;
  for (let i = 0; i < makers.length; i++) {
    if (only !== undefined && !only.includes(i)) continue;
    const state = world.minds.noiseMakers[i]!;
    if (state.soundTicksLeft <= 0) continue;
    if (only === undefined) state.soundTicksLeft--;
    if (only === undefined && --state.nextNoiseIn > 0) continue;
    const maker = makers[i]!;
    state.nextNoiseIn = NOISE_MAKERS[maker.kind].everyTicks;
    if (maker.kind === 'bell') maskNoise(world, 'bell', maker.tileX, maker.tileY);
    makeNoise(context, maker.tileX + 0.5, maker.tileY + 0.5, maker.loudness, CAUSE[maker.kind], `noiseMaker:${i}`);
  }
}
