/** The testing hook's part for levels and the simulation: start a level (by id or from text), read the state, send commands, camp, replays, and what the game screens report. */

import type Phaser from 'phaser';
import { carryOver, checkCommand, formatLevelError, ITEM_KINDS, parseLevel, runReplay, startCampaign, type CampaignState, type ItemKind } from '../../core';
import { campAct } from '../camp-actions';
import { startLazyScene } from '../scenes/lazy-scenes';
import { levelIds } from '../level-library';
import { campaignProgress } from '../campaign-progress';
import { levelSelectEntries } from '../scenes/level-select-scene';
import { session, type Screen, type WhatHappenedState } from '../session';
import type { HookSnapshot, HyosanHook } from './hook-types';

const emptyInventory = (): Record<ItemKind, number> => Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])) as Record<ItemKind, number>;

/** Resolves with the first screen among `accept` that the game reaches. */
const waitForScreen = (accept: readonly Screen[]): Promise<Screen> =>
  new Promise((resolve) => {
    const listener = (screen: Screen): void => {
      if (!accept.includes(screen)) return;
      session.onScreen.delete(listener);
      resolve(screen);
    };
    session.onScreen.add(listener);
  });

/** The running level's snapshot with the screen as its status; an empty one outside a level. */
function snapshot(): HookSnapshot {
  const simulation = session.simulation;
  const inLevel = session.screen === 'playing' || session.screen === 'won' || session.screen === 'lost';
  if (simulation === undefined || !inLevel) {
    return { levelId: null, tick: 0, status: session.screen, seed: session.seed, controlledId: -1, students: [], zombies: [], items: [], lures: [], inventory: emptyInventory(), exits: [], objectives: [], exitBlockedBy: [], survivorsNeeded: 0, minuteOfDay: 0, daylight: 1, clock: '00:00', night: false, day: 0, doors: [], noiseMakers: [], lamps: [], furniture: [], light: [], noiseMasks: [], siege: null };
  }
  return { ...simulation.snapshot(), status: session.screen };
}

/** Carries the running level's group over (as if won) and shows the camp screen. */
async function leaveForCamp(game: Phaser.Game): Promise<void> {
  const simulation = session.simulation;
  if (simulation === undefined) throw new Error('no level to leave for camp');
  session.campaign = carryOver(session.campaign ?? startCampaign(simulation.saveState().difficulty), simulation.saveState(), simulation.level);
  for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
  await startLazyScene(game, 'camp');
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Queues a checked command for the next tick of the level being played. */
function sendCommand(command: unknown): ReturnType<HyosanHook['send']> {
  const checked = checkCommand(command);
  if (!checked.ok) return checked;
  if (session.screen !== 'playing') return { ok: false, error: `no level is playing (screen: ${session.screen})` };
  session.queued.push(checked.command);
  return { ok: true };
}

export function playHook(game: Phaser.Game): Pick<HyosanHook, 'levels' | 'startLevel' | 'loadLevelText' | 'snapshot' | 'camp' | 'openCamp' | 'send' | 'screen' | 'levelSelect' | 'progress' | 'debug' | 'illegalTransitions' | 'whatHappened' | 'refusal' | 'replay' | 'edit'> {
  const startPlay = (data: object): void => {
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    session.screen = 'boot';
    game.scene.start('play', data);
  };

  return {
    levels: () => levelIds(),
    async startLevel(id, options = {}) {
      const seed = options.seed ?? 1;
      const reached = waitForScreen(['playing', 'error']);
      startPlay({ levelId: id, seed });
      if ((await reached) === 'error') throw new Error(session.errors.map(formatLevelError).join('\n'));
      return snapshot();
    },
    async loadLevelText(file, text, options = {}) {
      const result = parseLevel(String(text), String(file));
      const reached = waitForScreen(['playing', 'error']);
      if (!result.ok) {
        session.errors = result.errors;
        for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
        game.scene.start('error');
        await reached;
        return { ok: false, errors: result.errors.map(formatLevelError) };
      }
      startPlay({ level: result.level, seed: options.seed ?? 1 });
      await reached;
      return { ok: true, snapshot: snapshot() };
    },
    snapshot,
    camp(action) {
      if (action !== undefined) campAct(action);
      return { campaign: session.campaign === undefined ? null : JSON.parse(JSON.stringify(session.campaign)) as CampaignState, log: [...session.campLog] };
    },
    openCamp: () => leaveForCamp(game),
    send: (command) => sendCommand(command),
    screen: () => session.screen,
    levelSelect: () => (session.screen === 'levels' ? (levelSelectEntries() ?? null) : null),
    progress: () => [...campaignProgress().completed()].sort(),
    debug: () => session.debugStats ?? null,
    illegalTransitions: () => session.simulation?.illegalTransitions() ?? null,
    whatHappened: () => (session.whatHappened === undefined ? null : JSON.parse(JSON.stringify(session.whatHappened)) as WhatHappenedState),
    refusal: () => session.refusal?.text ?? null,
    replay(file, levelText, input) {
      const parsed = parseLevel(String(levelText), String(file));
      if (!parsed.ok) return { ok: false, errors: parsed.errors.map(formatLevelError) };
      return { ok: true, outcome: runReplay(parsed.level, input) };
    },
    edit: () => (session.screen === 'edit' && session.edit !== undefined ? structuredClone(session.edit) : null),
  };
}
