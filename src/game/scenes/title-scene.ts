/**
 * Title: the school at night, the name, and the main menu — continue (the newest save), new game,
 * load game (slots, import), level select, settings, credits. A notice line reports settings or saves that could not be
 * read. Every row works with keys, a gamepad, the mouse and touch.
 */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { TITLE_MARK } from '../title-mark';
import { t } from '../i18n/i18n';
import { levelIds } from '../level-library';
import { appOf, setScreen } from '../app-state';
import { dismissSettingsNotice, settings, settingsNotice } from '../settings/settings';
import { TEXTURES } from '../render/textures';
import { applyUpdate, onUpdateWaiting, startServiceWorker, updateWaiting } from '../pwa/update';
import { noticeText } from '../save/messages';
import { playSlot } from '../save/play-save';
import { saveNotice, setSaveNotice } from '../save/save-status';
import { latestSave } from '../save/store';
import type { MenuItem } from './menu/menu-list';
import { describeSave } from '../save/describe-save';
import { createMenuScreen, SHORT_SCREEN } from './menu/menu-screen';
import { fitFor, menuText } from './menu/text-style';
import { forgetLessons } from '../tutorial/tutorial-progress';

/** The key the level-select screen registers under; its row shows once that scene exists. */
export const LEVEL_SELECT_SCENE = 'levels';

export interface TitleData {
  focus?: string;
  /** Asking first whether a new game (or the tutorial's) may take the place of the saved one, described as `save`. */
  confirm?: { start: 'newGame' | 'tutorial'; save: string };
}

/** The continue row's value: the newest playable save, or nothing until it has been read. */
function describeLatest(latest: Awaited<ReturnType<typeof latestSave>>): string {
  return latest === undefined ? '' : describeSave(latest.save);
}

export class TitleScene extends Phaser.Scene {
  constructor() {
    super('title');
  }

  create(data: TitleData = {}): void {
    setScreen(appOf(this.game), 'title');
    // The title takes clicks from here on: start-up measurements stop at this mark (tools/size).
    if (performance.getEntriesByName(TITLE_MARK).length === 0) performance.mark(TITLE_MARK);
    // Sound is fetched once the title has drawn: it is not needed before the first click. The
    // service worker's downloads for offline play come after the sound (or 10 s on a slow line).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      soundBoard().load();
      void Promise.race([soundBoard().ready, new Promise((resolve) => setTimeout(resolve, 10_000))]).then(startServiceWorker);
    });
    const backdrop = this.add.image(0, 0, TEXTURES.title).setOrigin(0.5);
    const shade = this.add.rectangle(0, 0, 10, 10, 0x05070a, 0.45).setOrigin(0);
    const title = this.add.text(0, 0, t('title.name'), menuText(48, { bold: true, colour: '#f2ede4' })).setOrigin(0.5);
    const subtitle = this.add.text(0, 0, t('title.subtitle'), menuText(24, { bold: true, colour: '#d9463e' })).setOrigin(0.5);

    // Continue: the newest playable save (read asynchronously; the row lights up when found).
    let latest: Awaited<ReturnType<typeof latestSave>>;
    const items = data.confirm === undefined ? this.menuItems(() => latest) : this.confirmItems(data.confirm.start);
    const shownNotice = data.confirm === undefined ? this.noticeForThisVisit() : t('title.confirmNew', { save: data.confirm.save });
    // A new version finishing its download while the title is up: show the offer at once.
    const stopWatching = onUpdateWaiting(() => this.scene.restart({ focus: 'update' }));
    this.events.once('shutdown', stopWatching);
    const screen = createMenuScreen(this, {
      heading: '',
      items,
      transparent: true,
      top: (height) => (height < 560 ? 0.26 : 0.42),
      headerBottom: () => subtitle.y + subtitle.height / 2,
      ...(data.confirm ? { onBack: () => this.scene.restart({ focus: data.confirm?.start ?? 'newGame' }) } : {}),
      ...(data.focus ? { focus: data.focus } : {}),
      ...(shownNotice ? { notice: shownNotice } : {}),
    });

    void latestSave().then((found) => {
      if (!this.sys.isActive() || found === undefined || data.confirm !== undefined) return;
      latest = found;
      // Its description may need a line of its own under "Continue" (a phone, big text): laid out again.
      screen.relayout();
      if (!screen.menu.touched && data.focus === undefined) screen.menu.focusOn('continue');
    });

    const pulse = settings().accessibility.reducedMotion ? undefined : this.tweens.add({ targets: subtitle, alpha: 0.55, yoyo: true, repeat: -1, duration: 900 });
    const layout = (): void => {
      const { width, height } = this.scale;
      const scale = Math.max(width / backdrop.width, height / backdrop.height);
      backdrop.setPosition(width / 2, height / 2).setScale(scale);
      shade.setSize(width, height);
      // Short screens (a phone on its side) shrink the name so the menu keeps its room.
      const fit = fitFor(width, height);
      title.setStyle(menuText(48, { bold: true, colour: '#f2ede4', fit }));
      title.setPosition(width / 2, height < SHORT_SCREEN ? 6 + title.height / 2 : height * 0.14);
      subtitle.setStyle(menuText(24, { bold: true, colour: '#d9463e', fit })).setPosition(width / 2, title.y + title.height * 0.5 + subtitle.height * 0.7);
      screen.relayout();
    };
    layout();
    this.scale.on('resize', layout);
    this.events.once('shutdown', () => {
      this.scale.off('resize', layout);
      pulse?.remove();
    });
  }

  /** A new game from the first level; the tutorial's with its lessons forgotten first. */
  private startNew(tutorial: boolean): void {
    if (tutorial) forgetLessons();
    soundBoard().unlock();
    appOf(this.game).campaign = undefined; // a new game starts a new campaign, not the last one's group
    this.scene.start('play', { levelId: levelIds()[0], seed: Date.now() % 1_000_000 });
  }

  /** "Start over?" with the save it would replace: yes, or no (the first row, and Esc, back on a phone by its own row). */
  private confirmItems(start: 'newGame' | 'tutorial'): MenuItem[] {
    return [
      { id: 'keepGame', label: () => t('title.confirmNo'), activate: () => this.scene.restart({ focus: start }) },
      { id: 'startOver', label: () => t('title.confirmYes'), activate: () => this.startNew(start === 'tutorial') },
    ];
  }

  /** The menu's rows, in order; `latest` is the newest playable save once it has been read. */
  private menuItems(latest: () => Awaited<ReturnType<typeof latestSave>>): MenuItem[] {
    // Over a save, a new game first asks: it takes the save's place as the game to continue.
    const start = (tutorial: boolean): void => {
      const found = latest();
      if (found === undefined) this.startNew(tutorial);
      else this.scene.restart({ confirm: { start: tutorial ? 'tutorial' : 'newGame', save: describeSave(found.save) } } satisfies TitleData);
    };
    const resume = (): void => {
      const found = latest();
      if (found === undefined) return;
      soundBoard().unlock();
      void playSlot(this.game, found.slot).then((started) => {
        if (!started && this.sys.isActive()) this.scene.restart({ focus: 'continue' });
      });
    };
    const items: MenuItem[] = [
      { id: 'continue', label: () => t('title.continue'), value: () => describeLatest(latest()), enabled: () => latest() !== undefined, activate: resume },
      { id: 'newGame', label: () => t('title.newGame'), activate: () => start(false) },
      { id: 'load', label: () => t('title.load'), activate: () => this.scene.start('saves', { mode: 'load' }) },
    ];
    if (this.game.scene.getScene(LEVEL_SELECT_SCENE) !== null) {
      items.push({ id: 'levelSelect', label: () => t('title.levelSelect'), activate: () => this.scene.start(LEVEL_SELECT_SCENE) });
      // L opens it straight away, as before the title had a menu.
      this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
        if (event.code === 'KeyL' && !event.repeat) this.scene.start(LEVEL_SELECT_SCENE);
      });
    }
    if (updateWaiting()) items.unshift({ id: 'update', label: () => t('title.update'), activate: applyUpdate });
    items.push(
      // Every prompt of the first-run tutorial again, from a new game.
      {
        id: 'tutorial',
        label: () => t('tutorial.replay'),
        activate: () => start(true),
      },
      { id: 'settings', label: () => t('title.settings'), activate: () => this.scene.start('settings', { from: 'title' }) },
      { id: 'credits', label: () => t('title.credits'), activate: () => this.scene.start('credits') },
    );
    return items;
  }

  /**
   * The notice line: an update ready, settings or saves that could not be read. Shown on this visit
   * to the title; not again once the player has moved on.
   */
  private noticeForThisVisit(): string | undefined {
    const notice = settingsNotice();
    const saveProblem = saveNotice();
    const lines = [
      ...(updateWaiting() ? [t('title.updateReady')] : []),
      ...(notice === undefined ? [] : [t(notice.kind === 'reset' ? 'settings.resetNotice' : 'settings.storageNotice')]),
      ...(saveProblem === undefined || saveProblem.kind === 'saved' ? [] : [noticeText(saveProblem)]),
    ];
    this.events.once('shutdown', () => {
      if (notice !== undefined) dismissSettingsNotice();
      // Only the notice shown here: one that came while the title was up (an import refused) is still news.
      if (saveProblem !== undefined && saveNotice() === saveProblem) setSaveNotice(undefined);
    });
    return lines.length === 0 ? undefined : lines.join('\n');
  }
}
