/**
 * Saves: the slot list. From the pause menu it saves the level being played into slot 1–3 or
 * exports it as a file; from the title it loads the autosave or a slot, exports a slot, or imports
 * a file. Each slot shows its level, play time and when it was saved, or "empty" / "damaged" /
 * "older level version" (describeSlot); saves kept for a later version of the game (a level
 * changed by an update) are counted on a row of their own, which exports them as files.
 * Problems (full storage, a damaged slot, a bad file) show as a notice at the top.
 */

import Phaser from 'phaser';
import { t } from '../i18n/i18n';
import { describeSlot } from '../save/describe-save';
import { noticeText, slotName } from '../save/messages';
import { exportCurrent, exportKept, exportSlot, importAndPlay, playSlot, saveCurrent } from '../save/play-save';
import { appOf } from '../app-state';
import { saveNotice, setSaveNotice } from '../save/save-status';
import { MANUAL_SLOTS, SLOTS, listSlots, type SlotId, type SlotInfo } from '../save/store';
import type { MenuItem } from './menu/menu-list';
import { createMenuScreen } from './menu/menu-screen';

export interface SavesData {
  mode: 'save' | 'load';
  focus?: string;
}

export class SavesScene extends Phaser.Scene {
  constructor() {
    super('saves');
  }

  /** Counts the scene's starts: only the latest builds its menu. */
  private runs = 0;

  create(data: SavesData): void {
    // The list is read before the menu is built; the scene may be gone by then, or started again
    // (a language change redraws it) and building its own.
    const run = ++this.runs;
    void listSlots()
      .catch(() => [] as SlotInfo[])
      .then((slots) => {
        if (this.sys.isActive() && run === this.runs) this.build(data, slots);
      });
  }

  private build(data: SavesData, slots: SlotInfo[]): void {
    const info = (slot: SlotId): SlotInfo | undefined => slots.find((s) => s.slot === slot);
    const again = (focus: string): void => {
      this.scene.restart({ ...data, focus });
    };
    const leave = (): void => {
      setSaveNotice(undefined);
      this.scene.start(data.mode === 'save' ? 'pause' : 'title', { focus: data.mode === 'save' ? 'save' : 'load' });
    };
    const items: MenuItem[] = [];
    if (data.mode === 'save') {
      for (const slot of MANUAL_SLOTS) {
        items.push({ id: slot, label: () => slotName(slot), value: () => describeSlot(info(slot)), activate: () => void saveCurrent(appOf(this.game).play, slot).then(() => again(slot)) });
      }
      items.push({
        id: 'export',
        label: () => t('saves.export'),
        activate: () => {
          exportCurrent(appOf(this.game).play);
          again('export');
        },
      });
    } else {
      for (const slot of SLOTS) {
        items.push({
          id: slot,
          label: () => slotName(slot),
          value: () => describeSlot(info(slot)),
          enabled: () => info(slot)?.save !== undefined,
          activate: () =>
            void playSlot(this.game, slot).then((started) => {
              if (!started && this.sys.isActive()) again(slot);
            }),
        });
      }
      const exportable = SLOTS.filter((slot) => info(slot)?.save !== undefined);
      let chosen = exportable[0];
      items.push({
        id: 'export',
        label: () => (chosen === undefined ? t('saves.export') : t('saves.exportSlot', { slot: slotName(chosen) })),
        enabled: () => chosen !== undefined,
        adjust: (by) => {
          if (chosen === undefined) return;
          chosen = exportable[(exportable.indexOf(chosen) + by + exportable.length) % exportable.length];
        },
        activate: () => {
          if (chosen !== undefined) void exportSlot(chosen).then(() => again('export'));
        },
      });
      const kept = slots.reduce((sum, slot) => sum + (slot.kept ?? 0), 0);
      if (kept > 0) items.push({ id: 'kept', label: () => t('saves.kept'), value: () => t('saves.keptCount', { count: kept }), activate: () => void exportKept().then(() => again('kept')) });
      items.push({
        id: 'import',
        label: () => t('saves.import'),
        activate: () =>
          void importAndPlay(this.game).then((started) => {
            if (!started && this.sys.isActive()) again('import');
          }),
      });
    }
    items.push({ id: 'back', label: () => t('menu.back'), activate: leave });
    const notice = saveNotice();
    createMenuScreen(this, {
      heading: t(data.mode === 'save' ? 'saves.saveHeading' : 'saves.loadHeading'),
      items,
      onBack: leave,
      ...(data.focus ? { focus: data.focus } : {}),
      ...(notice ? { notice: noticeText(notice) } : {}),
    });
  }
}
