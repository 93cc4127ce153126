/**
 * The testing hook, `window.hyosan`, present in every build (documented in the README):
 * tests, tools and curious players can list levels, start one with a seed, read the state as
 * plain JSON and send the same commands the input layer produces.
 */

import Phaser from 'phaser';
import { carryOver, startCampaign, type CampaignState } from '../core';
import { checkCommand, ITEM_KINDS, type ItemKind } from '../core';
import { campAct, type CampAction } from './camp-actions';
import { startLazyScene } from './scenes/lazy-scenes';
import { formatLevelError } from '../core';
import { parseLevel } from '../core';
import { runReplay, type ReplayInput, type ReplayOutcome } from '../core';
import type { Snapshot } from '../core';
import { audioDebugState, type AudioDebugState, type Volumes } from './audio/sound-board';
import { LANGUAGES, isLanguage, language } from './i18n/i18n';
import { levelIds } from './level-library';
import { campaignProgress } from './campaign-progress';
import { levelSelectEntries, type LevelSelectEntry } from './scenes/level-select-scene';
import { createPerfProbe, type PerfProbe } from './perf-probe';
import { decodeSave } from './save/envelope';
import { importText, playSlot, saveCurrent } from './save/play-save';
import { saveNotice, type SaveNotice } from './save/save-status';
import { SLOTS, listSlots, readRaw, writeRaw, type SlotId, type SlotInfo } from './save/store';
import { activeMenu, type MenuState } from './scenes/menu/menu-list';
import type { Settings } from './settings/schema';
import { settings, settingsNotice, updateSettings, type SettingsNotice } from './settings/settings';
import { isAction, type Action } from './input/actions';
import { bindKey, inputSettings, setInputSettings, type InputSettings, type InputSettingsCheck } from './input/input-settings';
import type { ControlsState } from './input/player-controls';
import { currentLayout, isTouchMode } from './layout/live-layout';
import type { ScreenLayout } from './layout/screen-layout';
import { loopStats, resetLoopStats, type LoopStats } from './loop-stats';
import { pauseGame, pauseState, resumeGame, type PauseState } from './pause';
import { TILE_SIZE } from './render/sprite-layout';
import { currentPrompt } from './tutorial/tutorial-run';
import { lessonsDone } from './tutorial/tutorial-progress';
import { isLesson, LESSONS } from './tutorial/lessons';
import { session, type DebugStats, type EditView, type LookState, type Screen, type WhatHappenedState } from './session';

const emptyInventory = (): Record<ItemKind, number> => Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])) as Record<ItemKind, number>;


export type HookStatus = 'boot' | 'title' | 'levels' | 'playing' | 'won' | 'lost' | 'error' | 'edit';

export type HookSnapshot = Omit<Snapshot, 'status' | 'levelId'> & { levelId: string | null; status: HookStatus };

export interface HyosanHook {
  levels(): string[];
  startLevel(id: string, options?: { seed?: number | string }): Promise<HookSnapshot>;
  loadLevelText(file: string, text: string, options?: { seed?: number | string }): Promise<{ ok: true; snapshot: HookSnapshot } | { ok: false; errors: string[] }>;
  snapshot(): HookSnapshot;
  /** The campaign (plain JSON) and the camp's last results; `action` applies a camp rule first. */
  camp(action?: CampAction): { campaign: CampaignState | null; log: string[] };
  /** Carries the running level's group over (as if won) and shows the camp screen. */
  openCamp(): Promise<void>;
  send(command: unknown): { ok: true } | { ok: false; error: string };
  screen(): Screen;
  /** The level-select rows (id, title, locked/unlocked/completed) while that screen is up; null otherwise. */
  levelSelect(): LevelSelectEntry[] | null;
  /** Ids of the campaign levels won so far (kept in localStorage). */
  progress(): string[];
  /** What the AI debug overlay (`?debug=ai`) drew last frame; null when it is off. */
  debug(): DebugStats | null;
  /** Illegal state transitions the running level skipped (the game's simulation counts them instead of throwing), and the last one; null with no level. */
  illegalTransitions(): { count: number; last: string } | null;
  /** The "What happened?" replay of a lost level while it is open (tick, recorded and replayed hashes, the cause, the words shown); null otherwise. */
  whatHappened(): WhatHappenedState | null;
  /** The last thing asked for that could not be done, as the HUD's banner says it, or null. */
  refusal(): string | null;
  /** The first-run tutorial: the prompt up now (lesson, text, where to tap it) and the lessons done (kept with the settings); the banner's text over the level. `show` puts a lesson's prompt up first (screenshots). */
  tutorial(change?: { show?: string }): { lesson: string | null; prompt: string | null; done: string[]; banner: string | null; promptAt: { x: number; y: number } | null };
  /** Where the centre of a tile is on the page (CSS pixels), to click or tap it; null when no level is shown. */
  tileToScreen(tileX: number, tileY: number): { x: number; y: number } | null;
  /** The `?edit=` preview: level, counts, objectives, warnings, what each layer drew, the legend, the clicked tile, its noise reach and the objects on it; null elsewhere. */
  edit(): EditView | null;
  /** The sound board's state (unlocked, context state, volumes, last 20 sounds, captions); `change` mutes, sets volumes or captions first. */
  audio(change?: { muted?: boolean; volumes?: Partial<Volumes>; captions?: boolean }): AudioDebugState;
  /** What the play scene draws: lighting, fog, lights, brightness under the controlled student, rings; `change` turns lighting or fog on/off first (takes effect next frame). Null outside a level. */
  look(change?: { light?: boolean; fog?: boolean; daylight?: number; phoneLight?: boolean }): LookState | null;
  /** The language of the game's text (`'en'` or `'ko'`); `next` switches first (open screens redraw). */
  language(next?: string): string;
  /** The text of every visible text object in the running scenes, top scene last: what the player can read. */
  texts(): string[];
  /** Every visible text (top scene last) with its box as drawn, in page pixels, and its font size in game pixels times its scale. */
  textBoxes(): { scene: string; text: string; x: number; y: number; width: number; height: number; fontPx: number }[];
  /** Saved games (IndexedDB): list the slots, save the level being played, load (play) a slot, read or damage a slot's stored text, import text as if from a file, and the last save notice. */
  saves: {
    list(): Promise<{ slot: SlotId; status: SlotInfo['status']; fromBackup: boolean; levelId: string | null; tick: number | null; savedAt: string | null; problem: string | null }[]>;
    save(slot: SlotId): Promise<boolean>;
    load(slot: SlotId): Promise<boolean>;
    raw(key: SlotId | `${SlotId}.backup`, text?: string): Promise<string | null>;
    importText(text: string): Promise<boolean>;
    notice(): SaveNotice | null;
  };
  /** The menu in use (scene, focused row id, rows with label, value, whether enabled, and while shown `at`: the row's centre, `box`: the row, `textBoxes`: its label and value as drawn, in page pixels), or null when no menu is up. */
  menu(): MenuState | null;
  /** The settings and any notice about them; `change` (a partial, e.g. `{ volume: { music: 0 } }`) is validated and applied first (throws with the reason when refused). */
  settings(change?: unknown): { settings: Settings; notice: SettingsNotice | null };
  /** Runs a replay (level text, seed, command log) headless in this page's copy of the core, beside whatever is on screen; returns its checkpoint hashes. */
  /** Frame script times, live object counts and a whole-horde view, for the browser bench and leak tests. */
  perf: PerfProbe;
  replay(file: string, levelText: string, input: ReplayInput): { ok: true; outcome: ReplayOutcome } | { ok: false; errors: string[] };
  /** Input and layout: held controls, the touch layout, pause state and ticks per frame (see the README). */
  input(): InputDebugState;
  /** Pauses (`true`) or resumes (`false`) the level as the pause button does; returns the pause state. */
  pause(paused: boolean): PauseState;
  /** Binds a physical key (`KeyboardEvent.code`) to an action, as the remap screen does; remembered. */
  bindKey(action: string, code: string): InputSettingsCheck;
  /** The control settings; `change` (checked, remembered) replaces them first. */
  inputSettings(change?: unknown): InputSettings | { ok: false; error: string };
  /** Forget the loop stats (ticks per frame) gathered so far. */
  resetLoopStats(): void;
  /** Frames the game has stepped and drawn so far (paused or not), so a test can wait for the next drawn frames instead of a time. */
  frame(): number;
}

export interface InputDebugState {
  touchMode: boolean;
  layout: Pick<ScreenLayout, 'width' | 'height' | 'orientation' | 'unit' | 'safe' | 'hud' | 'buttons' | 'stick' | 'focus' | 'fits' | 'problems' | 'rotateHint'>;
  /** The level's merged input; null when no level is playing. */
  controls: ControlsState | null;
  touch: { pointers: number; held: string[]; stick: { dx: number; dy: number } | null; gait: string } | null;
  pause: PauseState;
  loop: LoopStats;
  /** Page scroll and pinch zoom, which must stay at 0 and 1 during play. */
  page: { scrollX: number; scrollY: number; zoom: number };
}

declare global {
  interface Window {
    hyosan: HyosanHook;
  }
}

function checkSlot(slot: unknown): SlotId {
  if (typeof slot === 'string' && (SLOTS as readonly string[]).includes(slot)) return slot as SlotId;
  throw new Error(`unknown save slot (got ${JSON.stringify(slot)}; expected one of ${SLOTS.join(', ')})`);
}

export function installTestingHook(game: Phaser.Game): HyosanHook {
  const waitForScreen = (accept: readonly Screen[]): Promise<Screen> =>
    new Promise((resolve) => {
      const listener = (screen: Screen): void => {
        if (!accept.includes(screen)) return;
        session.onScreen.delete(listener);
        resolve(screen);
      };
      session.onScreen.add(listener);
    });

  const startPlay = (data: object): void => {
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    session.screen = 'boot';
    game.scene.start('play', data);
  };

  const snapshot = (): HookSnapshot => {
    const simulation = session.simulation;
    const inLevel = session.screen === 'playing' || session.screen === 'won' || session.screen === 'lost';
    if (simulation === undefined || !inLevel) {
      return { levelId: null, tick: 0, status: session.screen, seed: session.seed, controlledId: -1, students: [], zombies: [], items: [], lures: [], inventory: emptyInventory(), exits: [], objectives: [], exitBlockedBy: [], survivorsNeeded: 0, minuteOfDay: 0, daylight: 1, clock: '00:00', night: false, day: 0, doors: [], noiseMakers: [], lamps: [], furniture: [], light: [], noiseMasks: [], siege: null };
    }
    return { ...simulation.snapshot(), status: session.screen };
  };

  const hook: HyosanHook = {
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
    async openCamp() {
      const simulation = session.simulation;
      if (simulation === undefined) throw new Error('no level to leave for camp');
      session.campaign = carryOver(session.campaign ?? startCampaign(simulation.saveState().difficulty), simulation.saveState(), simulation.level);
      for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
      await startLazyScene(game, 'camp');
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    send(command) {
      const checked = checkCommand(command);
      if (!checked.ok) return checked;
      if (session.screen !== 'playing') return { ok: false, error: `no level is playing (screen: ${session.screen})` };
      session.queued.push(checked.command);
      return { ok: true };
    },
    screen: () => session.screen,
    levelSelect: () => (session.screen === 'levels' ? (levelSelectEntries() ?? null) : null),
    progress: () => [...campaignProgress().completed()].sort(),
    debug: () => session.debugStats ?? null,
    illegalTransitions: () => session.simulation?.illegalTransitions() ?? null,
    whatHappened: () => (session.whatHappened === undefined ? null : JSON.parse(JSON.stringify(session.whatHappened)) as WhatHappenedState),
    refusal: () => session.refusal?.text ?? null,
    tutorial(change) {
      if (change?.show !== undefined) {
        if (!isLesson(change.show)) throw new Error(`unknown lesson ${JSON.stringify(change.show)}; expected one of ${LESSONS.join(', ')}`);
        session.tutor?.preview(change.show);
      }
      const prompt = currentPrompt();
      const box = session.promptBox;
      const bounds = game.canvas.getBoundingClientRect();
      const promptAt = box === null ? null : { x: bounds.left + box.x * (bounds.width / game.scale.width), y: bounds.top + (box.y + box.height / 2) * (bounds.height / game.scale.height) };
      return { lesson: prompt?.lesson ?? null, prompt: prompt?.text ?? null, done: lessonsDone(), banner: session.banner, promptAt };
    },
    audio: (change) => audioDebugState(change),
    look(change) {
      if (change?.light !== undefined) session.lightOff = !change.light;
      if (change?.fog !== undefined) session.fogOff = !change.fog;
      if (change?.daylight !== undefined) session.lookPreview.daylight = Math.min(1, Math.max(0, Number(change.daylight) || 0));
      if (change?.phoneLight !== undefined) session.lookPreview.phoneLight = Boolean(change.phoneLight);
      return session.look === undefined ? null : { ...session.look, light: !session.lightOff, fog: !session.fogOff };
    },
    saves: {
      async list() {
        return (await listSlots()).map((info) => ({
          slot: info.slot,
          status: info.status,
          fromBackup: info.fromBackup,
          levelId: info.save?.levelId ?? null,
          tick: info.save?.state.tick ?? null,
          savedAt: info.save?.savedAt ?? null,
          problem: info.problem === undefined ? null : 'detail' in info.problem ? `${info.problem.kind}: ${info.problem.detail}` : info.problem.kind,
        }));
      },
      save: (slot) => saveCurrent(checkSlot(slot)),
      load: (slot) => playSlot(game, checkSlot(slot)),
      async raw(key, text) {
        const slot = checkSlot(String(key).replace(/\.backup$/, ''));
        const name = String(key).endsWith('.backup') ? (`${slot}.backup` as const) : slot;
        if (text !== undefined) await writeRaw(name, String(text));
        return readRaw(name);
      },
      importText: (text) => importText(game, { ...decodeSave(String(text)), text: String(text) }),
      notice: () => saveNotice() ?? null,
    },
    menu() {
      const menu = activeMenu();
      if (menu === undefined) return null;
      const bounds = game.canvas.getBoundingClientRect();
      const scaleX = bounds.width / game.scale.width;
      const scaleY = bounds.height / game.scale.height;
      const page = (at: { x: number; y: number } | null): { x: number; y: number } | null => (at === null ? null : { x: bounds.left + at.x * scaleX, y: bounds.top + at.y * scaleY });
      const pageBox = <T extends { x: number; y: number; width: number; height: number }>(box: T): T => ({ ...box, x: bounds.left + box.x * scaleX, y: bounds.top + box.y * scaleY, width: box.width * scaleX, height: box.height * scaleY });
      return { ...menu, items: menu.items.map((item) => ({ ...item, at: page(item.at), box: item.box === null ? null : pageBox(item.box), textBoxes: item.textBoxes.map(pageBox) })) };
    },
    texts() {
      // Texts inside containers too (the HUD's student panel is one): what the player can read.
      const shown: string[] = [];
      const visit = (list: readonly Phaser.GameObjects.GameObject[]): void => {
        for (const child of list) {
          if (child instanceof Phaser.GameObjects.Container) {
            if (child.visible) visit(child.list);
          } else if (child instanceof Phaser.GameObjects.Text && child.visible && child.text !== '') shown.push(child.text);
        }
      };
      for (const scene of game.scene.getScenes(true)) visit(scene.children.list);
      return shown;
    },
    textBoxes() {
      const bounds = game.canvas.getBoundingClientRect();
      const scaleX = bounds.width / game.scale.width;
      const scaleY = bounds.height / game.scale.height;
      const shown: ReturnType<HyosanHook['textBoxes']> = [];
      const visit = (scene: Phaser.Scene, list: readonly Phaser.GameObjects.GameObject[], scale: number): void => {
        for (const child of list) {
          if (child instanceof Phaser.GameObjects.Container) {
            if (child.visible) visit(scene, child.list, scale * child.scaleX);
          } else if (child instanceof Phaser.GameObjects.Text && child.visible && child.text !== '' && child.alpha > 0) {
            const box = child.getBounds();
            shown.push({ scene: scene.scene.key, text: child.text, x: bounds.left + box.x * scaleX, y: bounds.top + box.y * scaleY, width: box.width * scaleX, height: box.height * scaleY, fontPx: parseFloat(String(child.style.fontSize)) * child.scaleX * scale });
          }
        }
      };
      for (const scene of game.scene.getScenes(true)) visit(scene, scene.children.list, 1);
      return shown;
    },
    settings(change) {
      if (change !== undefined) {
        const result = updateSettings(change);
        if (!result.ok) throw new Error(`settings change refused: ${result.error}`);
      }
      return { settings: structuredClone(settings()), notice: settingsNotice() ?? null };
    },
    language(next) {
      if (next !== undefined) {
        if (!isLanguage(next)) throw new Error(`unknown language (got ${JSON.stringify(next)}; expected one of ${LANGUAGES.join(', ')})`);
        // Through the settings, as the settings screen does: a later settings change (a lesson done) re-applies them.
        const changed = updateSettings({ language: next });
        if (!changed.ok) throw new Error(changed.error);
      }
      return language();
    },
    perf: createPerfProbe(game),
    replay(file, levelText, input) {
      const parsed = parseLevel(String(levelText), String(file));
      if (!parsed.ok) return { ok: false, errors: parsed.errors.map(formatLevelError) };
      return { ok: true, outcome: runReplay(parsed.level, input) };
    },
    input() {
      const controls = session.controls;
      const touch = session.touch;
      const stick = touch?.stick() ?? null;
      return {
        touchMode: isTouchMode(),
        layout: currentLayout(),
        controls: controls?.state() ?? null,
        touch: touch === undefined ? null : { pointers: touch.pointerIds().length, held: [...touch.held()], stick: stick === null ? null : { dx: stick.dx, dy: stick.dy }, gait: touch.gait() },
        pause: pauseState(),
        loop: { ...loopStats },
        page: { scrollX: window.scrollX, scrollY: window.scrollY, zoom: window.visualViewport?.scale ?? 1 },
      };
    },
    pause(paused) {
      if (paused) pauseGame(game, 'player');
      else resumeGame(game);
      return pauseState();
    },
    bindKey(action, code) {
      if (!isAction(action)) return { ok: false, error: `unknown action ${JSON.stringify(action)}` };
      return bindKey(action as Action, String(code));
    },
    inputSettings(change) {
      if (change === undefined) return inputSettings();
      const result = setInputSettings(change);
      return result.ok ? result.settings : result;
    },
    resetLoopStats,
    frame: () => game.loop.frame,
    edit: () => (session.screen === 'edit' && session.edit !== undefined ? structuredClone(session.edit) : null),
    tileToScreen(tileX, tileY) {
      const editing = session.screen === 'edit' && game.scene.getScene('edit')?.sys.isActive() === true;
      const play = game.scene.getScene(editing ? 'edit' : 'play');
      if (play === null || !play.sys.isActive() || (!editing && session.simulation === undefined)) return null;
      const camera = play.cameras.main;
      const bounds = game.canvas.getBoundingClientRect();
      const scaleX = bounds.width / game.scale.width;
      const scaleY = bounds.height / game.scale.height;
      return {
        x: bounds.left + (camera.x + ((tileX + 0.5) * TILE_SIZE - camera.worldView.x) * camera.zoom) * scaleX,
        y: bounds.top + (camera.y + ((tileY + 0.5) * TILE_SIZE - camera.worldView.y) * camera.zoom) * scaleY,
      };
    },
  };
  window.hyosan = hook;
  return hook;
}
