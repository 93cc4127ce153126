import { describe, expect, it } from 'vitest';
import { TIME_STEP } from '../../src/game/time-step';

interface PhaserTimeStep {
  deltaHistory: number[];
  deltaSmoothingMax: number;
  _target: number;
  lastTime: number;
  callback: (time: number, delta: number) => void;
  resetDelta(): void;
  step(time: number): void;
}

/** Game time Phaser hands the scenes over the first `seconds` after a start, at `fps` real frames a second. */
async function gameTimeAfterStart(config: object, fps: number, seconds: number): Promise<number> {
  // Phaser's own TimeStep, as the game builds it; it reads window.performance when it resets. The
  // stand-in window goes away afterwards: other test files may run in this process after this one.
  const global = globalThis as { window?: unknown };
  const hadWindow = 'window' in global;
  global.window ??= globalThis;
  try {
    // @ts-expect-error Phaser's source module has no types of its own
    const { default: TimeStep } = (await import('../../node_modules/phaser/src/core/TimeStep.js')) as { default: new (game: object, config: object) => PhaserTimeStep };
    const step = new TimeStep({ config: {} }, config);
    for (let i = 0; i < step.deltaSmoothingMax; i++) step.deltaHistory[i] = step._target;
    step.resetDelta(); // what start() and a return to the tab do
    let total = 0;
    step.callback = (_time, delta) => {
      total += delta;
    };
    step.lastTime = 0;
    const frame = 1000 / fps;
    for (let f = 1; f <= fps * seconds; f++) step.step(f * frame);
    return total / 1000;
  } finally {
    if (!hadWindow) delete global.window;
  }
}

describe("the game config's time step", () => {
  it('runs the first seconds after a start at full speed at 10 frames a second', async () => {
    // Phaser's default eases the delta for 120 frames: 12 s at 10 fps would give about 2 s of game time.
    expect(await gameTimeAfterStart({}, 10, 12)).toBeLessThan(3);
    // The game's own: within a frame or two of the 12 s of real time (the first frames are smoothed).
    expect(await gameTimeAfterStart(TIME_STEP, 10, 12)).toBeGreaterThan(11);
  });
});
