/** The testing hook's part for settings, language, sound, the look of play, input and pause, and the frame and loop counters. */

import type Phaser from 'phaser';
import { audioDebugState } from '../audio/sound-board';
import { LANGUAGES, isLanguage, language } from '../i18n/i18n';
import { createPerfProbe } from '../perf-probe';
import { settings, settingsNotice, updateSettings } from '../settings/settings';
import { isAction, type Action } from '../input/actions';
import { bindKey, inputSettings, setInputSettings } from '../input/input-settings';
import { currentLayout, isTouchMode } from '../layout/live-layout';
import { loopStats, resetLoopStats } from '../loop-stats';
import { pauseGame, pauseState, resumeGame } from '../pause';
import { appOf } from '../app-state';
import type { HyosanHook } from './hook-types';

export function optionsHook(
  game: Phaser.Game,
): Pick<HyosanHook, 'audio' | 'look' | 'settings' | 'language' | 'perf' | 'input' | 'pause' | 'bindKey' | 'inputSettings' | 'resetLoopStats' | 'frame' | 'stepLock' | 'advance'> {
  return {
    audio: (change) => audioDebugState(change),
    look(change) {
      const app = appOf(game);
      if (change?.light !== undefined) app.lightOff = !change.light;
      if (change?.fog !== undefined) app.fogOff = !change.fog;
      const play = app.play;
      if (change?.daylight !== undefined && play !== undefined) play.lookPreview.daylight = Math.min(1, Math.max(0, Number(change.daylight) || 0));
      if (change?.phoneLight !== undefined && play !== undefined) play.lookPreview.phoneLight = Boolean(change.phoneLight);
      return play?.look === undefined ? null : { ...play.look, light: !app.lightOff, fog: !app.fogOff };
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
    input() {
      const play = appOf(game).play;
      const controls = play?.controls;
      const touch = play?.touch;
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
    stepLock(locked) {
      const lock = appOf(game).stepLock;
      if (locked !== undefined) lock.set(locked === true);
      return lock.locked;
    },
    advance: (ticks, options) => appOf(game).stepLock.advance(ticks, options),
  };
}
