/**
 * Pause menu: shown over the stopped level (see `pause.ts`), whether the player paused (Esc, P,
 * the ❚❚ button, a gamepad's Start) or the browser hid the tab. Resume, Settings, Save game, Quit
 * to title; Esc, B or P resume, and so does a tap beside the menu. The level under it does not tick until then. Resuming also wakes
 * audio that a phone suspended while the game was in the background.
 */

import Phaser from 'phaser';
import { soundBoard } from '../audio/sound-board';
import { t, type PlainKey } from '../i18n/i18n';
import { PAUSE_SCENE, clearPause, resumeGame, type PauseReason } from '../pause';
import { noticeText } from '../save/messages';
import { saveNotice } from '../save/save-status';
import { createMenuScreen } from './menu/menu-screen';
import { isTouchMode } from '../layout/live-layout';

const REASONS: Record<PauseReason, PlainKey | null> = {
  player: null,
  hidden: 'controls.pausedHidden',
  blur: 'controls.pausedBlur',
  context: 'controls.pausedContext',
};

export interface PauseData {
  reason?: PauseReason;
  focus?: string;
}

export class PauseScene extends Phaser.Scene {
  constructor() {
    super(PAUSE_SCENE);
  }

  create(data: PauseData = {}): void {
    let done = false;
    const resume = (): void => {
      if (done) return;
      done = true;
      // iOS leaves audio 'interrupted' after the app switcher; a Resume press is a gesture that wakes it.
      soundBoard().unlock();
      resumeGame(this.game);
    };
    const quit = (): void => {
      clearPause(this.game);
      for (const key of ['play', 'hud', 'touch']) if (this.scene.isActive(key) || this.scene.isPaused(key)) this.scene.stop(key);
      this.scene.start('title');
    };
    // A failed autosave is news the player needs; then why the game paused; otherwise the controls.
    const problem = saveNotice();
    const reason = REASONS[data.reason ?? 'player'];
    const notice = problem?.kind === 'writeFailed' ? noticeText(problem) : reason !== null ? t(reason) : t(isTouchMode() ? 'title.helpTouch' : 'title.help');
    createMenuScreen(this, {
      heading: t('pause.heading'),
      items: [
        { id: 'resume', label: () => t('pause.resume'), activate: resume },
        { id: 'help', label: () => t('help.heading'), activate: () => this.scene.start('help') },
        { id: 'settings', label: () => t('pause.settings'), activate: () => this.scene.start('settings', { from: 'pause' }) },
        { id: 'save', label: () => t('pause.save'), activate: () => this.scene.start('saves', { mode: 'save' }) },
        { id: 'quit', label: () => t('pause.quit'), activate: quit },
      ],
      onBack: resume,
      notice,
      ...(data.focus ? { focus: data.focus } : {}),
    });
    // P resumes as it paused (Esc does, through "back").
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (event.code === 'KeyP' && !event.repeat) resume();
    });
    // A tap or click beside the menu resumes too, after a short grace period so the tap that
    // paused (the ❚❚ button acts when the finger lifts) does not resume at once.
    this.time.delayedCall(250, () => {
      this.input.on(Phaser.Input.Events.POINTER_UP, (_pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]) => {
        if (over.length === 0) resume();
      });
    });
  }
}
