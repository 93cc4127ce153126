/** The testing hook's part for levels and the simulation: start a level (by id or from text), read the state, send commands, camp, replays, and what the game screens report. */

import type Phaser from 'phaser';
import { carryOver, checkCommand, formatLevelError, ITEM_KINDS, parseLevel, runReplay, startCampaign, type CampaignState, type ItemKind } from '../../core';
import { arriveAtCamp, campAct, campLineText } from '../camp-actions';
import { startLazyScene } from '../scenes/lazy-scenes';
import { levelIds } from '../level-library';
import { campaignProgress } from '../campaign-progress';
import { levelSelectEntries } from '../scenes/level-select-scene';
import { appOf, type AppState, type Screen, type WhatHappenedState } from '../app-state';
import type { CampData } from '../scenes/camp-scene';
import type { HookSnapshot, HyosanHook } from './hook-types';

const emptyInventory = (): Record<ItemKind, number> => Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])) as Record<ItemKind, number>;

/** Resolves with the first screen among `accept` that the game reaches. */
const waitForScreen = (app: AppState, accept: readonly Screen[]): Promise<Screen> =>
  new Promise((resolve) => {
    const listener = (screen: Screen): void => {
      if (!accept.includes(screen)) return;
      app.onScreen.delete(listener);
      resolve(screen);
    };
    app.onScreen.add(listener);
  });

/** The running level's snapshot with the screen as its status; an empty one outside a level. */
function snapshot(app: AppState): HookSnapshot {
  const simulation = app.play?.simulation;
  const inLevel = app.screen === 'playing' || app.screen === 'won' || app.screen === 'lost';
  if (simulation === undefined || !inLevel) {
    return {
      levelId: null,
      tick: 0,
      status: app.screen,
      seed: app.play?.seed ?? 1,
      controlledId: -1,
      students: [],
      zombies: [],
      items: [],
      lures: [],
      inventory: emptyInventory(),
      exits: [],
      objectives: [],
      exitBlockedBy: [],
      survivorsNeeded: 0,
      minuteOfDay: 0,
      daylight: 1,
      clock: '00:00',
      night: false,
      day: 0,
      doors: [],
      noiseMakers: [],
      lamps: [],
      furniture: [],
      light: [],
      noiseMasks: [],
      siege: null,
    };
  }
  return { ...simulation.snapshot(), status: app.screen };
}

/** Carries the running level's group over (as if won) and shows the camp screen. */
async function leaveForCamp(game: Phaser.Game, app: AppState): Promise<void> {
  const play = app.play;
  if (play === undefined) throw new Error('no level to leave for camp');
  const { simulation } = play;
  arriveAtCamp(app, carryOver(app.campaign ?? startCampaign(simulation.saveState().difficulty), simulation.saveState(), simulation.level));
  for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
  await startLazyScene(game, 'camp', { seed: play.seed } satisfies CampData);
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Queues a checked command for the next tick of the level being played. */
function sendCommand(app: AppState, command: unknown): ReturnType<HyosanHook['send']> {
  const checked = checkCommand(command);
  if (!checked.ok) return checked;
  if (app.screen !== 'playing' || app.play === undefined) return { ok: false, error: `no level is playing (screen: ${app.screen})` };
  app.play.queued.push(checked.command);
  return { ok: true };
}

export function playHook(
  game: Phaser.Game,
): Pick<
  HyosanHook,
  | 'levels'
  | 'startLevel'
  | 'loadLevelText'
  | 'snapshot'
  | 'camp'
  | 'openCamp'
  | 'send'
  | 'screen'
  | 'endKeysReady'
  | 'endTapsReady'
  | 'levelSelect'
  | 'progress'
  | 'debug'
  | 'illegalTransitions'
  | 'whatHappened'
  | 'refusal'
  | 'replay'
  | 'edit'
> {
  const app = appOf(game);
  const startPlay = (data: object): void => {
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    app.screen = 'boot';
    game.scene.start('play', data);
  };

  return {
    levels: () => levelIds(),
    async startLevel(id, options = {}) {
      const seed = options.seed ?? 1;
      const reached = waitForScreen(app, ['playing', 'error']);
      startPlay({ levelId: id, seed });
      if ((await reached) === 'error') throw new Error(app.errors.map(formatLevelError).join('\n'));
      return snapshot(app);
    },
    async loadLevelText(file, text, options = {}) {
      const result = parseLevel(String(text), String(file));
      const reached = waitForScreen(app, ['playing', 'error']);
      if (!result.ok) {
        app.errors = result.errors;
        for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
        game.scene.start('error');
        await reached;
        return { ok: false, errors: result.errors.map(formatLevelError) };
      }
      startPlay({ level: result.level, seed: options.seed ?? 1 });
      await reached;
      return { ok: true, snapshot: snapshot(app) };
    },
    snapshot: () => snapshot(app),
    camp(action) {
      if (action !== undefined) campAct(app, action);
      return { campaign: app.campaign === undefined ? null : (JSON.parse(JSON.stringify(app.campaign)) as CampaignState), log: app.campLog.map(campLineText) };
    },
    openCamp: () => leaveForCamp(game, app),
    send: (command) => sendCommand(app, command),
    screen: () => app.screen,
    endKeysReady: () => app.endKeysReady && (app.screen === 'won' || app.screen === 'lost' || app.screen === 'ending'),
    endTapsReady: () => app.endTapsReady && (app.screen === 'won' || app.screen === 'lost' || app.screen === 'ending'),
    levelSelect: () => (app.screen === 'levels' ? (levelSelectEntries() ?? null) : null),
    progress: () => [...campaignProgress().completed()].sort(),
    debug: () => app.play?.debugStats ?? null,
    illegalTransitions: () => app.play?.simulation.illegalTransitions() ?? null,
    whatHappened: () => (app.whatHappened === undefined ? null : (JSON.parse(JSON.stringify(app.whatHappened)) as WhatHappenedState)),
    refusal: () => app.play?.refusal?.text ?? null,
    replay(file, levelText, input) {
      const parsed = parseLevel(String(levelText), String(file));
      if (!parsed.ok) return { ok: false, errors: parsed.errors.map(formatLevelError) };
      return { ok: true, outcome: runReplay(parsed.level, input) };
    },
    edit: () => (app.screen === 'edit' && app.edit !== undefined ? structuredClone(app.edit) : null),
  };
}
