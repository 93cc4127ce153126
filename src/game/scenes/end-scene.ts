/** End of a level: won (a student reached the exit: on to camp, or play again) or lost (everyone fell: what happened, or play again). */

import Phaser from 'phaser';
import type { PlaySession } from '../play-session';
import { FONT } from '../render/textures';
import { t, type PlainKey } from '../i18n/i18n';
import { currentLayout, isTouchMode } from '../layout/live-layout';
import { planEndRows } from '../layout/end-rows';
import { listenFreshTaps } from '../input/fresh-taps';
import { WHAT_HAPPENED, type WhatHappenedData } from './what-happened-scene';
import { endDetail, endHeading, type EndData } from '../end-text';
import { startLazyScene } from './lazy-scenes';
import { settings } from '../settings/settings';
import type { CampData } from './camp-scene';
import { appOf } from '../app-state';
import { isFinalLevel } from '../ending-text';

export type { EndData };

/** What the play scene hands the end screen: the outcome, and the play it ends (its seed, its loss record). */
export type EndSceneData = EndData & { play: PlaySession };

/** Keys count only after this long: Esc or Enter pressed in play as the level ended (a pause, a sprint) does not choose here. */
export const KEY_GRACE_MS = 500;
/** A row too wide for its place is drawn this much smaller before it wraps (at 150% text it stays well over its 100% size). */
const ROW_SHRINK = 0.85;

/** The rows a player can pick on the end screen; `again` only after a win, `whatHappened` only when the loss was recorded. */
interface Choices {
  first: Phaser.GameObjects.Text;
  again: Phaser.GameObjects.Text | undefined;
  title: Phaser.GameObjects.Text;
  whatHappened: Phaser.GameObjects.Text | undefined;
}

export class EndScene extends Phaser.Scene {
  /** Set by the first choice taken, so a second press or tap does nothing. */
  private done = false;

  constructor() {
    super('end');
  }

  create(data: EndSceneData): void {
    this.done = false;
    const { width, height } = this.scale;
    const won = data.outcome === 'won';
    this.add.rectangle(0, 0, width, height, won ? 0x0d1a14 : 0x1a0b0d, 0.82).setOrigin(0);
    // A narrow phone gets a smaller heading, so that its longest word still grows with the text size
    // and fits ("쓰러졌습니다", six syllables, at 150% on a 390 px phone).
    const headingPx = Math.min(56, Math.round(width / 9));
    const heading = this.add.text(0, 0, endHeading(data), this.style(headingPx, { bold: true, colour: won ? '#8fe3a8' : '#e0564b', stroke: 8 })).setOrigin(0.5, 0);
    const detail = this.add
      .text(0, 0, endDetail(data), this.style(22, { colour: '#e8e2d6' }))
      .setOrigin(0.5, 0)
      .setAlign('center');
    const choices = this.drawChoices(data);
    const rows = [choices.whatHappened, choices.first, choices.again, choices.title].filter((row) => row !== undefined);
    this.place(heading, detail, rows);
    this.listen(data, choices);
  }

  /** A text style of `px` at text size 100%, grown by the player's text size. */
  private style(px: number, options: { bold?: boolean; colour: string; stroke?: number; padding?: number; background?: string }): Phaser.Types.GameObjects.Text.TextStyle {
    const size = Math.round(px * settings().accessibility.textSize);
    return {
      fontFamily: FONT,
      fontSize: `${size}px`,
      ...(options.bold === true ? { fontStyle: 'bold' } : {}),
      color: options.colour,
      stroke: '#05070a',
      strokeThickness: options.stroke ?? 4,
      ...(options.background === undefined ? {} : { backgroundColor: options.background }),
      ...(options.padding === undefined ? {} : { padding: { x: options.padding, y: Math.round(options.padding * 0.6) } }),
    };
  }

  /**
   * The rows at fixed places (layout/end-rows.ts: the same whatever the message says, clear of where
   * the thumbs rested in play), each shrunk to its width if need be; the heading and the message
   * centred in the room above them, wrapped at spaces (a word wider than the screen shrinks its
   * text), and shrunk together when taller than that room.
   */
  private place(heading: Phaser.GameObjects.Text, detail: Phaser.GameObjects.Text, rows: Phaser.GameObjects.Text[]): void {
    const { width, height } = this.scale;
    const room = width - 32;
    // Each row a little smaller, else wrapped at spaces, to fit the width it gets; planned again
    // with the heights that gives (a row's place depends on the rows only, never on the message).
    const layout = isTouchMode() ? currentLayout() : null;
    let widths = rows.map(() => room);
    let plan = planEndRows(width, height, layout, []);
    for (let pass = 0; pass < 3; pass++) {
      rows.forEach((row, i) => {
        row.setScale(1).setWordWrapWidth(widths[i]! / ROW_SHRINK - (row.padding.left ?? 0) - (row.padding.right ?? 0), false);
        row.setScale(Math.min(1, widths[i]! / row.width));
      });
      plan = planEndRows(
        width,
        height,
        layout,
        rows.map((row) => row.displayHeight),
      );
      widths = plan.rows.map((row) => row.maxWidth);
    }
    rows.forEach((row, i) => {
      const { top, maxWidth } = plan.rows[i]!;
      if (row.displayWidth > maxWidth) row.setScale(maxWidth / row.width);
      row.setPosition(width / 2, top);
    });
    for (const text of [heading, detail]) {
      text.setWordWrapWidth(room, false);
      if (text.width > room) text.setScale(room / text.width);
    }
    const gap = 12;
    const total = heading.displayHeight + gap + detail.displayHeight;
    const space = plan.text.bottom - plan.text.top;
    const fit = Math.min(1, space / total);
    let y = plan.text.top + Math.max(0, (space - total) / 2);
    for (const text of [heading, detail]) {
      text.setScale(text.scaleX * fit).setPosition(width / 2, y);
      y += text.displayHeight + gap * fit;
    }
  }

  private drawChoices(data: EndSceneData): Choices {
    const won = data.outcome === 'won';
    // Won: going on to camp comes first (Enter, a tap); playing the level again is R. Lost: Enter
    // opens "What happened?" when the loss was recorded (an Enter meant for a caption as the level
    // was lost restarted it unseen), R or a tap plays again; unrecorded, Enter plays again.
    // Each choice is a row of its own to tap; a tap anywhere else does nothing (a finger still
    // busy with the fight must not skip the screen).
    const touch = isTouchMode();
    const row = (key: PlainKey, px: number, colour: string, padding: number): Phaser.GameObjects.Text =>
      this.add
        .text(0, 0, t(key), this.style(px, { colour, padding, stroke: px >= 24 ? 5 : 4 }))
        .setOrigin(0.5, 0)
        .setAlign('center')
        .setInteractive({ useHandCursor: true });
    // The campaign's last level won: on to the ending, not another camp.
    const toCamp = isFinalLevel(data.levelId) ? (touch ? 'end.toEndingTouch' : 'end.toEnding') : touch ? 'end.toCampTouch' : 'end.toCamp';
    // A lost level can be watched again: its last seconds, with what got them marked.
    const recorded = !won && data.play.lossRecording !== undefined && data.play.level.id === data.levelId;
    const first = row(won ? toCamp : touch ? 'end.againTouch' : recorded ? 'end.againKey' : 'end.again', 24, '#ffe27a', 16);
    const again = won ? row(touch ? 'end.againTouch' : 'end.againKey', 18, '#e8e2d6', 12) : undefined;
    const title = row(touch ? 'end.toTitleTouch' : 'end.toTitle', 18, '#b8c4d2', 12);
    this.tweens.add({ targets: first, alpha: 0.4, yoyo: true, repeat: -1, duration: 700 });
    const whatHappened = recorded
      ? this.add
          .text(0, 0, t(touch ? 'whatHappened.openTouch' : 'whatHappened.open'), this.style(24, { bold: true, colour: '#05070a', background: '#ffe27a', padding: 16, stroke: 0 }))
          .setOrigin(0.5, 0)
          .setAlign('center')
          .setInteractive({ useHandCursor: true })
      : undefined;
    return { first, again, title, whatHappened };
  }

  private listen(data: EndSceneData, { first, again, title, whatHappened }: Choices): void {
    const won = data.outcome === 'won';
    const replay = (): void => {
      this.scene.stop('play');
      this.scene.stop('hud');
      this.scene.start('play', { levelId: data.levelId, seed: (Number(data.play.seed) + 1) % 1_000_000 });
    };
    const watch = (): void => {
      this.scene.setVisible(false, 'play');
      const replayData: WhatHappenedData = { end: data };
      this.scene.launch(WHAT_HAPPENED, replayData);
      this.scene.stop();
    };
    // Camp is a chunk of its own (lazy-scenes.ts): this screen stays until it is there, and takes
    // input again if it could not be fetched.
    const toCamp = (): void => {
      if (isFinalLevel(data.levelId)) {
        this.scene.stop('play');
        this.scene.stop('hud');
        this.scene.start('ending');
        return;
      }
      startLazyScene(this.game, 'camp', { seed: data.play.seed } satisfies CampData).then(
        () => {
          this.scene.stop('play');
          this.scene.stop();
        },
        (error: unknown) => {
          console.error('camp could not be opened', error);
          this.done = false;
        },
      );
    };
    const toTitle = (): void => {
      this.scene.stop('play');
      this.scene.stop('hud');
      this.scene.start('title');
    };
    // Only fresh presses count, and taps after a short grace period, so input still held from
    // play (auto-repeat, a finger mid-tap) does not skip this screen.
    const app = appOf(this.game);
    app.endKeysReady = false;
    let keysReady = false;
    this.time.delayedCall(KEY_GRACE_MS, () => {
      keysReady = true;
      app.endKeysReady = true;
    });
    this.events.once('shutdown', () => (app.endKeysReady = false));
    const once =
      (action: () => void) =>
      (event?: KeyboardEvent): void => {
        if (this.done || event?.repeat === true || (event !== undefined && !keysReady)) return;
        this.done = true;
        action();
      };
    // To camp between levels (the campaign was carried over when the level was won).
    this.input.keyboard?.on('keydown-ENTER', once(won ? toCamp : whatHappened !== undefined ? watch : replay));
    this.input.keyboard?.on('keydown-ESC', once(toTitle));
    if (won) this.input.keyboard?.on('keydown-C', once(toCamp));
    if (won || whatHappened !== undefined) this.input.keyboard?.on('keydown-R', once(replay));
    if (whatHappened !== undefined) this.input.keyboard?.on('keydown-H', once(watch));
    // Taps from a finger that landed after the grace only (input/fresh-taps.ts): not the thumb
    // still on the stick as the level ended, nor a press there as if play went on.
    app.endTapsReady = false;
    this.events.once('shutdown', () => (app.endTapsReady = false));
    listenFreshTaps(
      this,
      (target) => {
        if (target === whatHappened) once(watch)();
        else if (target === again) once(replay)();
        else if (target === first) once(won ? toCamp : replay)();
        else if (target === title) once(toTitle)();
      },
      () => (app.endTapsReady = true),
    );
  }
}
