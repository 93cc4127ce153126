/**
 * Two scripted players for measuring a level, both sending only what a player sends (walkTo, a
 * gait, E, attack):
 * - careful: sneaks along its route, walks away at full pace while something hunts it (a walker
 *   cannot keep up with a walking student), swings at anything in reach, waits where told to;
 * - careless: runs everywhere and swings at anything in reach, like a player holding Shift.
 * A route is a list of steps; `play` returns how the level ended and when.
 */

import type { Command, Gait } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import type { Simulation } from '../../../../src/core/sim/simulation';
import type { ZombieView } from '../../../../src/core/sim/snapshot';

export type Step = readonly ['go', number, number] | readonly ['use'] | readonly ['wait', number];
export type Style = 'careful' | 'careless';

export interface Outcome {
  status: 'won' | 'lost' | 'playing';
  ticks: number;
  /** Tick of the first zombie alerted by a student (sight or sound), -1 if none. */
  firstAlertTick: number;
  /** Tick of the first blow a student took, -1 if none. */
  firstHitTick: number;
  /** Zombie kinds that landed a blow, in the order they first did. */
  hitBy: string[];
  events: SimEvent[];
}

/** Food, water and the phone in the first room; Ha-eun across the hall; the key downstairs; the stairs. */
export const CLASSROOM_CAREFUL: readonly Step[] = [
  ['go', 13, 3],
  ['go', 18, 2],
  ['go', 20, 3],
  ['go', 12, 10],
  ['go', 12, 12],
  ['go', 26, 12],
  ['use'],
  ['go', 26, 10],
  ['go', 31, 5],
  ['go', 26, 10],
  ['go', 26, 12],
  ['go', 9, 14],
  ['go', 8, 16],
  ['go', 10, 20],
  ['go', 8, 16],
  ['go', 9, 13],
  ['go', 36, 12],
  ['go', 39, 7],
  ['go', 39, 3],
];
const REACH = 1.2;
const HUNTING = new Set(['chase', 'attack']);

export function play(sim: Simulation, route: readonly Step[], style: Style, maxTicks = 20 * 60 * 12): Outcome {
  const events: SimEvent[] = [];
  let firstAlertTick = -1;
  let firstHitTick = -1;
  const hitBy: string[] = [];
  const step = (commands: Command[]): void => {
    for (const event of sim.step(commands)) {
      events.push(event);
      if (event.type === 'zombieAlerted' && event.cause !== 'smell' && firstAlertTick < 0) firstAlertTick = sim.tick;
      if (event.type === 'studentHit') {
        if (firstHitTick < 0) firstHitTick = sim.tick;
        const kind = sim.snapshot().zombies.find((z) => z.id === event.zombieId)?.kind ?? 'unknown';
        if (!hitBy.includes(kind)) hitBy.push(kind);
      }
    }
  };
  /** One tick of a player at tile x,y: the gait for the moment, a swing at anything in reach, walkTo when stood still. */
  const tickToward = (x: number, y: number, replan: boolean): void => {
    const snapshot = sim.snapshot();
    const me = snapshot.students.find((s) => s.controlled)!;
    const near = (z: ZombieView, tiles: number): boolean => z.mode !== 'down' && (z.x - me.x) * (z.x - me.x) + (z.y - me.y) * (z.y - me.y) < tiles * tiles;
    const hunted = snapshot.zombies.some((z) => HUNTING.has(z.mode) && near(z, 8));
    const gait: Gait = style === 'careless' ? 'run' : hunted ? 'walk' : 'sneak';
    const commands: Command[] = [];
    if (me.gait !== gait) commands.push({ type: 'move', dx: 0, dy: 0, gait });
    if (snapshot.zombies.some((z) => near(z, REACH))) commands.push({ type: 'attack' });
    if (replan) commands.push({ type: 'walkTo', tileX: x, tileY: y });
    step(commands);
  };
  for (const action of route) {
    if (sim.status !== 'playing' || sim.tick >= maxTicks) break;
    if (action[0] === 'use') step([{ type: 'interact' }]);
    else if (action[0] === 'wait') for (let t = 0; t < action[1] && sim.status === 'playing'; t++) tickToward(-1, -1, false);
    else {
      const [, x, y] = action;
      let last = '';
      let idle = 0;
      for (let t = 0; sim.status === 'playing' && sim.tick < maxTicks; t++) {
        const me = sim.snapshot().students.find((s) => s.controlled)!;
        if (me.tileX === x && me.tileY === y && Math.abs(me.x - x - 0.5) < 0.25 && Math.abs(me.y - y - 0.5) < 0.25) break;
        const here = `${me.x.toFixed(2)},${me.y.toFixed(2)}`;
        idle = here === last ? idle + 1 : 0;
        last = here;
        tickToward(x, y, t === 0 || idle === 2);
      }
    }
  }
  // Stand still a moment at the end: a win lands on the tick the exit is reached.
  for (let t = 0; t < 40 && sim.status === 'playing'; t++) step([]);
  return { status: sim.status === 'won' || sim.status === 'lost' ? sim.status : 'playing', ticks: sim.tick, firstAlertTick, firstHitTick, hitBy, events };
}
