/**
 * A scripted player for the core: walks the controlled student to tiles with the same `walkTo`
 * command a click sends, presses E, waits. Every helper steps whole ticks and stops early once
 * the level is won or lost, and fails loudly (with where the student got stuck) instead of hanging.
 */

import type { Command } from '../../../../src/core/state/commands';
import type { SimEvent } from '../../../../src/core/state/events';
import type { Simulation } from '../../../../src/core/sim/simulation';

export interface Driver {
  sim: Simulation;
  /** Every event so far, in order. */
  events: SimEvent[];
  step(commands?: Command[]): void;
  /** Walks the controlled student onto tile x,y (re-planning when the path runs out). */
  walkTo(tileX: number, tileY: number, options?: { maxTicks?: number; gait?: 'sneak' | 'walk' | 'run' }): void;
  /** Presses E once. */
  interact(): void;
  wait(ticks: number): void;
  /** Steps until `done()` (or the level ends); throws after `maxTicks`. */
  until(done: () => boolean, maxTicks: number, what: string): void;
  controlled(): { tileX: number; tileY: number; x: number; y: number };
}

export function createDriver(sim: Simulation): Driver {
  const events: SimEvent[] = [];
  const playing = (): boolean => sim.status === 'playing';
  const driver: Driver = {
    sim,
    events,
    step(commands = []) {
      if (playing()) events.push(...sim.step(commands));
    },
    controlled() {
      const snapshot = sim.snapshot();
      const student = snapshot.students.find((s) => s.controlled)!;
      return { tileX: student.tileX, tileY: student.tileY, x: student.x, y: student.y };
    },
    walkTo(tileX, tileY, options = {}) {
      const maxTicks = options.maxTicks ?? 1200;
      if (options.gait !== undefined) driver.step([{ type: 'move', dx: 0, dy: 0, gait: options.gait }]);
      let idle = 0;
      let last = '';
      for (let t = 0; t < maxTicks && playing(); t++) {
        const at = driver.controlled();
        if (at.tileX === tileX && at.tileY === tileY && Math.abs(at.x - tileX - 0.5) < 0.2 && Math.abs(at.y - tileY - 0.5) < 0.2) return;
        const here = `${at.x.toFixed(2)},${at.y.toFixed(2)}`;
        idle = here === last ? idle + 1 : 0;
        last = here;
        // A fresh walkTo at the start and whenever the student stands still (path done or blocked).
        driver.step(t === 0 || idle === 2 ? [{ type: 'walkTo', tileX, tileY }] : []);
      }
      if (!playing()) return;
      const at = driver.controlled();
      throw new Error(`walkTo ${tileX},${tileY}: stuck at ${at.x.toFixed(2)},${at.y.toFixed(2)} after ${maxTicks} ticks (tick ${sim.tick})`);
    },
    interact() {
      driver.step([{ type: 'interact' }]);
    },
    wait(ticks) {
      for (let t = 0; t < ticks && playing(); t++) driver.step();
    },
    until(done, maxTicks, what) {
      for (let t = 0; t < maxTicks && playing(); t++) {
        if (done()) return;
        driver.step();
      }
      if (playing() && !done()) throw new Error(`${what}: not reached after ${maxTicks} ticks (tick ${sim.tick})`);
    },
  };
  return driver;
}
