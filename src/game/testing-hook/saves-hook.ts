/** The testing hook's part for saved games: list the slots, save, load, read or damage a slot's stored text, import text, the last save notice. */

import { appOf } from '../app-state';
import type Phaser from 'phaser';
import { decodeSave } from '../save/envelope';
import { importText, playSlot, saveCurrent } from '../save/play-save';
import { saveNotice } from '../save/save-status';
import { SLOTS, listSlots, readKept, readRaw, saveCheckTimes, writeRaw, type SlotId } from '../save/store';
import { levelParseCount } from '../level-library';
import type { HyosanHook } from './hook-types';

function checkSlot(slot: unknown): SlotId {
  if (typeof slot === 'string' && (SLOTS as readonly string[]).includes(slot)) return slot as SlotId;
  throw new Error(`unknown save slot (got ${JSON.stringify(slot)}; expected one of ${SLOTS.join(', ')})`);
}

export function savesHook(game: Phaser.Game): Pick<HyosanHook, 'saves'> {
  return {
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
      save: (slot) => saveCurrent(appOf(game).play, checkSlot(slot)),
      load: (slot) => playSlot(game, checkSlot(slot)),
      async raw(key, text) {
        const slot = checkSlot(String(key).replace(/\.backup$/, ''));
        const name = String(key).endsWith('.backup') ? (`${slot}.backup` as const) : slot;
        if (text !== undefined) await writeRaw(name, String(text));
        return readRaw(name);
      },
      importText: (text) => importText(game, { ...decodeSave(String(text)), text: String(text) }),
      kept: (slot) => readKept(checkSlot(slot)),
      checkTimes: () => [...saveCheckTimes()],
      levelParses: () => levelParseCount(),
      playUnchecked(text, from) {
        const decoded = decodeSave(String(text));
        if (!decoded.ok) return false;
        for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
        game.scene.start('play', { levelId: decoded.save.levelId, seed: decoded.save.seed, state: decoded.save.state, from: from === 'file' ? 'file' : checkSlot(from) });
        return true;
      },
      notice: () => saveNotice() ?? null,
    },
  };
}
