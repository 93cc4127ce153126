/**
 * Measuring the running game for the browser bench and leak tests (`hyosan.perf`): script time of
 * every frame (Phaser's whole step: input, the simulation's ticks, scene updates and render
 * submission), live object counts that must return to a baseline after a level restart, and a
 * view override that shows the whole horde (zoom out, fog off).
 */

import Phaser from 'phaser';
import { loopStats } from './loop-stats';
import { appOf } from './app-state';

export interface FrameSample {
  /** Script time of Phaser's step for this frame (ms). */
  scriptMs: number;
  /** Time since the previous frame started (ms). */
  intervalMs: number;
  /** Simulation ticks the play scene ran in this frame. */
  ticks: number;
  /** Of `scriptMs`: the scenes' update (input, simulation ticks, views) and the render submission. */
  updateMs: number;
  renderMs: number;
  /** Of `updateMs`: the simulation's ticks alone. */
  simMs: number;
}

export interface LiveCounts {
  textures: number;
  /** WebGL texture wrappers the renderer holds (0 on canvas). */
  glTextures: number;
  tweens: number;
  timers: number;
  /** Listeners on Phaser's emitters: the game, scale, textures, and each scene's events and input. */
  phaserListeners: number;
  gameObjects: number;
  activeScenes: number;
}

export interface PerfProbe {
  /**
   * Starts recording frames (drops what was recorded). `realTime` hands the play scene each frame's
   * real delta until `stopFrames` (Phaser's smoothing off): Phaser caps the delta at 16.7 ms for 120
   * frames after a focus or resume and keeps an old one when a frame takes over 200 ms, so at the
   * few frames a second of software WebGL the simulation would fall far behind 20 ticks a second
   * and the frames measured would carry fewer ticks than a game keeping time does.
   */
  startFrames(realTime?: boolean): void;
  /** Stops recording and returns the frames since `startFrames`. */
  stopFrames(): FrameSample[];
  counts(): LiveCounts;
  /** Camera zoom for the play scene, fog and lighting on/off, until the next level start resets the zoom. */
  view(options: { zoom?: number; fog?: boolean; light?: boolean }): void;
}

interface Emitter {
  eventNames(): (string | symbol)[];
  listenerCount(event: string | symbol): number;
}

const listenersOf = (emitter: Emitter | null | undefined): number => (emitter === null || emitter === undefined ? 0 : emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0));

/** What is alive in the game now: compared before and after a level restart to find leaks. */
function liveCounts(game: Phaser.Game): LiveCounts {
  const scenes = game.scene.getScenes(false);
  const renderer = game.renderer as unknown as { glTextureWrappers?: unknown[] };
  let tweens = 0;
  let timers = 0;
  let phaserListeners = listenersOf(game.events) + listenersOf(game.scale) + listenersOf(game.textures);
  let gameObjects = 0;
  for (const scene of scenes) {
    tweens += scene.tweens?.getTweens().length ?? 0;
    const clock = scene.time as unknown as { _active?: unknown[]; _pendingInsertion?: unknown[] } | undefined;
    timers += (clock?._active?.length ?? 0) + (clock?._pendingInsertion?.length ?? 0);
    phaserListeners += listenersOf(scene.events) + listenersOf(scene.input) + listenersOf(scene.input?.keyboard);
    gameObjects += scene.children?.list.length ?? 0;
  }
  return {
    textures: game.textures.getTextureKeys().length,
    glTextures: renderer.glTextureWrappers?.length ?? 0,
    tweens,
    timers,
    phaserListeners,
    gameObjects,
    activeScenes: game.scene.getScenes(true).length,
  };
}

export function createPerfProbe(game: Phaser.Game): PerfProbe {
  const loop = game.loop as unknown as { callback: (time: number, delta: number) => void; smoothStep: boolean };
  let frames: FrameSample[] | undefined;
  let lastStart = 0;
  let original: ((time: number, delta: number) => void) | undefined;
  let smoothStep: boolean | undefined;
  let updatedAt = 0;
  let renderingAt = 0;
  const markUpdated = (): void => {
    updatedAt = performance.now();
  };
  const markRendering = (): void => {
    renderingAt = performance.now();
  };

  return {
    startFrames(realTime = false) {
      frames = [];
      lastStart = 0;
      if (realTime && smoothStep === undefined) {
        smoothStep = loop.smoothStep;
        loop.smoothStep = false;
      }
      if (original !== undefined) return;
      original = loop.callback;
      const step = original;
      game.events.on(Phaser.Core.Events.POST_STEP, markUpdated);
      game.events.on(Phaser.Core.Events.PRE_RENDER, markRendering);
      loop.callback = (time, delta) => {
        const start = performance.now();
        const ticksBefore = loopStats.ticks;
        const simBefore = loopStats.simMs;
        updatedAt = start;
        renderingAt = start;
        step(time, delta);
        if (frames !== undefined) {
          const end = performance.now();
          frames.push({
            scriptMs: end - start,
            intervalMs: lastStart === 0 ? 0 : start - lastStart,
            ticks: loopStats.ticks - ticksBefore,
            updateMs: updatedAt - start,
            renderMs: end - renderingAt,
            simMs: loopStats.simMs - simBefore,
          });
          lastStart = start;
        }
      };
    },
    stopFrames() {
      const recorded = frames ?? [];
      frames = undefined;
      if (smoothStep !== undefined) loop.smoothStep = smoothStep;
      smoothStep = undefined;
      if (original !== undefined) {
        loop.callback = original;
        game.events.off(Phaser.Core.Events.POST_STEP, markUpdated);
        game.events.off(Phaser.Core.Events.PRE_RENDER, markRendering);
      }
      original = undefined;
      return recorded;
    },
    counts: () => liveCounts(game),
    view({ zoom, fog, light }) {
      if (fog !== undefined) appOf(game).fogOff = !fog;
      if (light !== undefined) appOf(game).lightOff = !light;
      const play = game.scene.getScene('play');
      if (zoom !== undefined && play !== null && play.sys.isActive()) play.cameras.main.setZoom(zoom);
    },
  };
}
