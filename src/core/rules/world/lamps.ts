/**
 * Lamps: the ceiling lights and desk lamps of a level's `lights` layer. A student switches the
 * nearest one in reach with interact (E) — a quiet click — and the light map follows
 * (rules/senses/light.ts). Dark rooms hide students from the horde's poor eyes; a lit room lets the group
 * see what is coming. Fires are not switched (an unlit one stays unlit). The on/off state of each light, in the level's order,
 * is `world.lampsOn` (saved).
 */

import { LAMPS } from '../../kernel/tuning-world';
import { makeNoise, type TickContext } from '../tick-context';
import type { Student, World } from '../../state/world';

/** The nearest switchable lamp within `range` of the student, as [index, distance]; undefined when none. */
export function nearestLamp(world: World, student: Student, range: number = LAMPS.switchRangeTiles): [number, number] | undefined {
  let best: [number, number] | undefined;
  world.level.lights.forEach((light, i) => {
    if (light.kind !== 'lamp') return;
    const dx = light.tileX + 0.5 - student.x;
    const dy = light.tileY + 0.5 - student.y;
    const distance = Math.sqrt(dx * dx + dy * dy);
    if (distance <= range && (best === undefined || distance < best[1])) best = [i, distance];
  });
  return best;
}

/** Switches lamp `index` on or off, with a click the nearest zombies may hear. */
export function switchLamp(context: TickContext, index: number, student: Student): void {
  const { world } = context;
  const light = world.level.lights[index]!;
  const on = !world.lampsOn[index]!;
  world.lampsOn[index] = on;
  context.events.push({ type: 'lampSwitched', index, on, tileX: light.tileX, tileY: light.tileY, by: `student:${student.id}` });
  makeNoise(context, student.x, student.y, LAMPS.clickNoiseRadius, 'switch', `student:${student.id}`);
}
