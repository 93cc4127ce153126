/**
 * HUD: drawn over the level at screen scale. Left: every student — name, role, order, health and
 * stamina bars, the phone-light icon while their light is on, five need bars (hunger, thirst, fatigue, warmth, morale; amber at the warning level,
 * blinking red once they hurt), the infection meter and the words for what is wrong. Bottom: the
 * controlled student's quick slots (keys 1–6) with counts, the held weapon's wear, the phone's
 * battery and the pack's weight against the carry limit. Top right: the goal and the time of day.
 * Reads the latest snapshot; changes nothing. Which bar is low, warned or hurting, and whether it is
 * night, is the core's to say (snapshot fields and core/rules/needs-read.ts); this scene only draws it.
 */

import Phaser from 'phaser';
import type { NeedName } from '../../core';
import { quickSlotKinds, QUICK_SLOT_COUNT } from '../../core';
import type { StudentView } from '../../core';
import { infectionDanger, needHurts, needShare, packNearLimit, playMinutes, shareLow } from '../../core';
import { infectionColour } from '../settings/palette';
import { palette } from './menu/text-style';
import { soundBoard } from '../audio/sound-board';
import { itemName, studentName, t } from '../i18n/i18n';
import { captionsBottom, studentBox } from '../layout/captions-spot';
import { placeClockAndGoal } from '../layout/hud-clock';
import { currentLayout, hudBarHeight, isTouchMode, onLayoutChange, setHudBarHeight, setHudPanelSize } from '../layout/live-layout';
import { ObjectiveFeedback } from '../objective-feedback';
import { objectiveLines } from '../objective-text';
import type { PlaySession } from '../play-session';
import { ATLAS_KEY, uiFrame } from '../render/atlas-layout';
import { itemIconFrame } from '../render/character-looks';
import { FONT, setTextColour } from '../render/textures';
import { settings } from '../settings/settings';
import { NoticeBanner } from './notice-banner';
import { PromptView } from '../tutorial/prompt-view';
import { currentPrompt } from '../tutorial/tutorial-run';

const PANEL_WIDTH = 232;
const ROW_HEIGHT = 58;
const BAR_WIDTH = 120;
/** A need's word ("Water", "갈증") with its bar under it: a new player could not tell what the letters F W R T M meant. */
const NEED_CELL = 40;
const NEED_BAR = 34;
/** The smallest text in the panel (px at scale 1): the panel is never drawn smaller than 1, so no text is under 12 px on the screen. */
const SMALL_TEXT = 12;

type BarNeed = 'hunger' | 'thirst' | 'fatigue' | 'warmth' | 'morale';
/** The need bars and their colours; each is drawn as the core's "how good" share (full = fine). */
const NEED_BARS: readonly { need: BarNeed; color: number }[] = [
  { need: 'hunger', color: 0xd99a4e },
  { need: 'thirst', color: 0x5aa7e0 },
  { need: 'fatigue', color: 0xa58be0 },
  { need: 'warmth', color: 0xe07a5a },
  { need: 'morale', color: 0x8fe3a8 },
];

interface NeedBar {
  tag: Phaser.GameObjects.Text;
  back: Phaser.GameObjects.Rectangle;
  fill: Phaser.GameObjects.Rectangle;
}

interface StudentRow {
  name: Phaser.GameObjects.Text;
  heart: Phaser.GameObjects.Image;
  health: Phaser.GameObjects.Rectangle;
  stamina: Phaser.GameObjects.Rectangle;
  needs: NeedBar[];
  infection: Phaser.GameObjects.Rectangle;
  status: Phaser.GameObjects.Text;
  /** The student's order or state ("[hold]", "[down]"), at the start of the line under the bars. */
  tag: Phaser.GameObjects.Text;
  /** Shown while the student's phone light is on. */
  light: Phaser.GameObjects.Image;
  /** Everything but the name: hidden while the student waits to be found (their state is not known yet). */
  details: Phaser.GameObjects.GameObject[];
}

interface Slot {
  icon: Phaser.GameObjects.Image;
  text: Phaser.GameObjects.Text;
  frame: Phaser.GameObjects.Rectangle;
}

const drawRank = (child: Phaser.GameObjects.GameObject): number => (child instanceof Phaser.GameObjects.Shape ? 0 : child instanceof Phaser.GameObjects.Text ? 2 : 1);

/** What the play scene hands the HUD when it launches it: the play to show. */
export interface HudData {
  play: PlaySession;
}

export class HudScene extends Phaser.Scene {
  private play!: PlaySession;
  private rows: StudentRow[] = [];
  private slots: Slot[] = [];
  private panel!: Phaser.GameObjects.Container;
  private bar!: Phaser.GameObjects.Container;
  private packLine!: Phaser.GameObjects.Text;
  private goal!: Phaser.GameObjects.Text;
  private clockText!: Phaser.GameObjects.Text;
  private clockTouch = false;
  /** Sound captions, bottom centre: "[groan, left]". */
  private captions!: Phaser.GameObjects.Text;
  private banner!: NoticeBanner;
  private feedback!: ObjectiveFeedback;
  private prompt!: PromptView;
  /** Where the captions' bottom goes when no prompt is in their way. */
  private captionsY = 0;

  constructor() {
    super('hud');
  }

  init(data: HudData): void {
    this.play = data.play;
  }

  create(): void {
    this.rows = [];
    this.slots = [];
    const play = this.play;
    const students = play.latest.students;
    this.panel = this.add.container(8, 8);
    const background = this.add
      .rectangle(0, 0, PANEL_WIDTH, 8 + students.length * ROW_HEIGHT, 0x0b0f1a, 0.76)
      .setOrigin(0)
      .setStrokeStyle(1, 0x3a4a5e);
    this.panel.add(background);
    students.forEach((_, index) => this.rows.push(this.createRow(6 + index * ROW_HEIGHT)));

    this.bar = this.add.container(0, 0);
    const barBack = this.add
      .rectangle(0, 0, QUICK_SLOT_COUNT * 58 + 8, 62, 0x0b0f1a, 0.76)
      .setOrigin(0.5, 1)
      .setStrokeStyle(1, 0x3a4a5e);
    this.bar.add(barBack);
    for (let i = 0; i < QUICK_SLOT_COUNT; i++) {
      const x = -((QUICK_SLOT_COUNT - 1) * 58) / 2 + i * 58;
      const frame = this.add.rectangle(x, -34, 52, 34, 0x1a2233, 0.9).setStrokeStyle(1, 0x3a4a5e);
      const icon = this.add.image(x - 12, -34, ATLAS_KEY, itemIconFrame('food')).setScale(1.5);
      const text = this.add.text(x + 2, -44, '', { fontFamily: FONT, fontSize: '12px', color: '#f2ede4', lineSpacing: -2 });
      this.bar.add([frame, icon, text]);
      this.slots.push({ icon, text, frame });
    }
    this.packLine = this.add.text(0, -58, '', { fontFamily: FONT, fontSize: '12px', color: '#b8c4d2' }).setOrigin(0.5, 1);
    this.bar.add(this.packLine);

    // The level's objectives of the current step (src/game/objective-text.ts), top right.
    // On a dark plate of its own: the lines are read over the level's sprites.
    this.goal = this.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '15px', color: '#8fe3a8', stroke: '#05070a', strokeThickness: 4, align: 'right', backgroundColor: '#0b0f1ab8', padding: { x: 6, y: 4 } })
      .setOrigin(1, 0);
    this.clockText = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '14px', color: '#d8e0ea', stroke: '#05070a', strokeThickness: 4 }).setOrigin(1, 0);
    this.captions = this.add.text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#f2ede4', backgroundColor: '#0b0f1acc', padding: { x: 8, y: 4 }, align: 'center' }).setOrigin(0.5, 1);
    this.banner = new NoticeBanner(this, play);
    this.feedback = new ObjectiveFeedback();
    // The tutorial's prompt: a click or tap on it, or Enter, hides it.
    this.prompt = new PromptView(this, () => play.tutor?.dismiss());
    this.input.keyboard?.on('keydown-ENTER', (event: KeyboardEvent) => {
      if (!event.repeat && this.prompt.shown !== null) play.tutor?.dismiss();
    });
    this.feedback.update(play.latest);
    // Shapes first, then images, then text: each switch between Phaser's shape and quad batches
    // is another draw call, and in creation order the panel and bar switched at nearly every child.
    for (const container of [this.panel, this.bar]) container.list.sort((a, b) => drawRank(a) - drawRank(b));
    this.layout();
    const stop = onLayoutChange(() => this.layout());
    this.events.once('shutdown', stop);
  }

  private createRow(y: number): StudentRow {
    const text = (x: number, dy: number, size: number, color: string): Phaser.GameObjects.Text => this.add.text(x, y + dy, '', { fontFamily: FONT, fontSize: `${size}px`, color });
    const heart = this.add.image(14, y + 20, ATLAS_KEY, uiFrame('heart')).setScale(1.1);
    const name = text(26, -1, 13, '#d8e0ea').setFontStyle('bold');
    const healthBack = this.add.rectangle(26, y + 20, BAR_WIDTH, 6, 0x2a1416).setOrigin(0, 0.5);
    const health = this.add.rectangle(26, y + 20, BAR_WIDTH, 6, 0xd9463e).setOrigin(0, 0.5);
    const stamina = this.add.rectangle(26, y + 25, BAR_WIDTH, 2, 0xe8c547).setOrigin(0, 0.5);
    const infectionBack = this.add
      .rectangle(152, y + 22, 72, 8, 0x1c2030)
      .setOrigin(0, 0.5)
      .setStrokeStyle(1, 0x4a5266);
    const infection = this.add.rectangle(152, y + 22, 0, 8, 0x7ed957).setOrigin(0, 0.5);
    const needs = NEED_BARS.map(({ need }, i) => {
      const x = 26 + i * NEED_CELL;
      const tag = this.add.text(x - 1, y + 27, t(`survival.needWords.${need}`), { fontFamily: FONT, fontSize: `${SMALL_TEXT}px`, color: '#8a96a6' });
      const back = this.add.rectangle(x, y + 42, NEED_BAR, 3, 0x232a36).setOrigin(0, 0.5);
      const fill = this.add.rectangle(x, y + 42, NEED_BAR, 3, NEED_BARS[i]!.color).setOrigin(0, 0.5);
      this.panel.add([tag, back, fill]);
      return { tag, back, fill };
    });
    const tag = text(26, 44, SMALL_TEXT, '#9fc3e8');
    const status = text(26, 44, SMALL_TEXT, '#ffb35c');
    const light = this.add.image(13, y + 40, ATLAS_KEY, uiFrame('flashlight')).setVisible(false);
    this.panel.add([heart, name, healthBack, health, stamina, infectionBack, infection, tag, status, light]);
    const details = [heart, healthBack, health, stamina, infectionBack, infection, tag, status, ...needs.flatMap((bar) => [bar.tag, bar.back, bar.fill])];
    return { name, heart, health, stamina, needs, infection, status, tag, light, details };
  }

  /** Panel, goal and captions where the screen layout puts them (inside the safe area, clear of the touch controls). */
  private layout(): void {
    const { width, height } = this.scale;
    const textSize = settings().accessibility.textSize;
    // The panel grows with the text size, up to under three quarters of a narrow screen's width (a
    // phone held upright) and 60% of a low one's height (held sideways); never below 1, where its
    // smallest text is 12 px (a phone drew it at 62%: 6 px letters).
    const panelHeight = (this.panel.list[0] as Phaser.GameObjects.Rectangle).height;
    const scale = Math.max(1, Math.min(textSize, (width * 0.72) / PANEL_WIDTH, (height * 0.6) / panelHeight));
    this.panel.setScale(scale);
    this.goal.setFontSize(Math.round(15 * textSize));
    this.clockText.setFontSize(Math.round(14 * textSize));
    this.captions.setFontSize(Math.round(16 * textSize));
    const background = this.panel.list[0] as Phaser.GameObjects.Rectangle;
    setHudPanelSize(background.width * scale, background.height * scale);
    const { hud } = currentLayout();
    this.panel.setPosition(hud.panel.x, hud.panel.y);
    this.goal.setOrigin(hud.goal.align === 'right' ? 1 : 0, 0).setAlign(hud.goal.align);
    this.placeGoal(hud.goal);
    // The slot bar is the keyboard's (keys 1–6); touch has its own item buttons where the bar would be.
    this.bar
      .setVisible(!isTouchMode())
      .setScale(Math.min(textSize, (width - 16) / (QUICK_SLOT_COUNT * 58 + 8)))
      .setPosition(width / 2, height - 6);
    setHudBarHeight(this.bar.visible ? 6 + 76 * this.bar.scaleY : 0);
    this.captionsY = isTouchMode() ? hud.captions.y : height - 6 - hudBarHeight() - 8;
    this.captions.setPosition(hud.captions.x, this.captionsY).setWordWrapWidth(hud.captions.maxWidth);
    this.clockTouch = isTouchMode(); // Under the panel with a keyboard; by the corner buttons on a touch screen.
    if (this.clockTouch) this.placeClock();
    else this.clockText.setOrigin(0, 0).setPosition(hud.panel.x, hud.panel.y + background.height * scale + 4);
    this.placeBanner();
  }

  /** The banner ("Done: ...") a fifth of the way down, but under the goal lines and the panel: it covered a new objective below the one done. */
  private placeBanner(): void {
    const panel = this.panel.list[0] as Phaser.GameObjects.Rectangle;
    const goalBottom = this.goal.text === '' ? 0 : this.goal.y + this.goal.height;
    const below = Math.max(goalBottom, this.goal.originX === 0 ? this.panel.y + panel.height * this.panel.scaleY : 0) + 8;
    this.banner.layout(this.scale.width, Math.round(Math.max(this.scale.height * 0.22, below)), settings().accessibility.textSize);
  }

  /** On a touch screen the clock sits beside the panel, unless it would run under the pause or fullscreen button; the goal lines keep clear of it (hud-clock.ts). */
  private placeClock(): void {
    if (!this.clockTouch) return;
    const { hud, buttons } = currentLayout();
    const panel = this.panel.list[0] as Phaser.GameObjects.Rectangle;
    // The goal plate's width unwrapped: at the top right it stays beside the clock only if its lines fit there whole.
    const goalWidth = this.goal.setWordWrapWidth(null).width;
    const drawn = { x: this.panel.x, y: this.panel.y, width: panel.width * this.panel.scaleX, height: panel.height * this.panel.scaleY };
    const { clock, goal } = placeClockAndGoal(hud, drawn, buttons, this.clockText, goalWidth);
    this.clockText.setOrigin(clock.originX, 0).setPosition(clock.x, clock.y);
    this.placeGoal(goal);
  }

  private placeGoal(goal: { x: number; y: number; maxWidth: number }): void {
    this.goal.setPosition(goal.x, goal.y).setWordWrapWidth(goal.maxWidth);
    this.placeBanner();
  }

  override update(): void {
    const snapshot = this.play.latest;
    const heard = [
      ...new Set(
        soundBoard()
          .captions()
          .map((c) => c.text),
      ),
    ].slice(-3);
    this.captions.setText(heard.join('\n')).setVisible(heard.length > 0);
    const blink = 0.45 + 0.55 * Math.abs(Math.sin(this.time.now / 160));
    snapshot.students.forEach((student, index) => {
      const row = this.rows[index];
      if (row !== undefined) this.drawRow(row, student, blink);
    });
    const time = t(snapshot.night ? 'survival.night' : 'survival.day', { time: snapshot.clock });
    // The siege's waves: which one came last and how long until the next (core rules/director/waves.ts).
    const siege = snapshot.siege;
    const wave = siege === null ? '' : siege.wave === 0 ? t('survival.waveSoon', { seconds: siege.nextWaveSeconds }) : t('survival.wave', { wave: siege.wave, seconds: siege.nextWaveSeconds });
    const clock = wave === '' ? time : `${time}\n${wave}`;
    if (this.clockText.text !== clock) {
      this.clockText.setText(clock);
      this.placeClock();
    }
    const goal = objectiveLines(snapshot).join('\n');
    if (this.goal.text !== goal) {
      this.goal.setText(goal);
      this.placeClock();
      this.placeBanner();
    }
    this.drawSlots(snapshot.students.find((s) => s.controlled));
    this.banner.news(this.feedback.update(snapshot));
    this.banner.update();
    this.play.banner = this.banner.shown();
    this.drawPrompt();
  }

  /** The tutorial's prompt where it has room (prompt-view.ts); the captions go above it when it is at the bottom. */
  private drawPrompt(): void {
    const panel = this.panel.list[0] as Phaser.GameObjects.Rectangle;
    const goal = this.goal.text === '' ? null : { left: this.goal.x - this.goal.width * this.goal.originX, bottom: this.goal.y + this.goal.height };
    this.play.goalBox = goal === null ? null : { x: goal.left, y: this.goal.y, width: this.goal.width, height: this.goal.height };
    const { hud, buttons } = currentLayout();
    const prompt = currentPrompt(this.play);
    this.prompt.holding = prompt?.holding ?? false;
    const captionsY = this.prompt.place(prompt?.text ?? null, {
      width: this.scale.width,
      height: this.scale.height,
      panelRight: this.panel.x + panel.width * this.panel.scaleX,
      panelBottom: this.panel.y + panel.height * this.panel.scaleY,
      goal,
      captions: { x: hud.captions.x, y: this.captionsY, maxWidth: isTouchMode() ? hud.captions.maxWidth : this.scale.width - 16 },
      buttons: Object.values(buttons),
      student: studentBox(currentLayout()),
    });
    // Off the student: at the top, under the panel and the goal lines, when the bottom spot covers them.
    const highest = Math.max(this.panel.y + panel.height * this.panel.scaleY, goal?.bottom ?? 0) + 8;
    const bottom = captionsBottom(this.captions.x, this.captions.width, this.captions.height, captionsY, studentBox(currentLayout()), highest);
    if (this.captions.y !== bottom) this.captions.setY(bottom);
    this.play.promptBox = this.prompt.box;
    const captions = this.captions.getBounds();
    this.play.captionsBox = this.captions.visible ? { x: captions.x, y: captions.y, width: captions.width, height: captions.height } : null;
  }

  private drawRow(row: StudentRow, student: StudentView, blink: number): void {
    // Someone still to be found is a name on the list, not bars the group could not know.
    for (const part of row.details) (part as Phaser.GameObjects.Components.Visible & Phaser.GameObjects.GameObject).setVisible(!student.waiting);
    if (student.waiting) {
      row.name.setText(`${studentName(student.name)} ${t('hud.missing')}`);
      setTextColour(row.name, '#8a96a6');
      row.light.setVisible(false);
      return;
    }
    const healthShare = needShare(student, 'health');
    row.health.setSize(BAR_WIDTH * healthShare, 6).setAlpha(shareLow(healthShare) ? blink : 1);
    row.stamina.setSize(BAR_WIDTH * (student.stamina / 100), 2);
    const heart = uiFrame(student.down ? 'heart-empty' : 'heart');
    if (row.heart.frame.name !== heart) row.heart.setFrame(heart);
    const tag = student.turned
      ? t('survival.turned')
      : student.down
        ? t('hud.down')
        : student.halfbie
          ? t('survival.halfbie')
          : student.order === 'follow'
            ? ''
            : t(`survival.orders.${student.order}`);
    row.name.setText(`${student.controlled ? '▶ ' : ''}${studentName(student.name)} · ${t(`roles.${student.role}`)}`);
    // Kept inside the panel: a long name and role are drawn narrower rather than run past its edge.
    // The order or state goes under the bars, where the line has room for it.
    row.tag.setText(tag);
    row.name.setScale(Math.min(1, (PANEL_WIDTH - 32) / Math.max(1, row.name.width)), 1);
    setTextColour(row.name, student.down ? '#6b7480' : student.controlled ? '#ffe27a' : '#d8e0ea');
    NEED_BARS.forEach(({ need, color }, i) => {
      const bar = row.needs[i]!;
      bar.fill.setSize(NEED_BAR * needShare(student, need), 3);
      const warned = student.warnings.includes(need);
      const hurting = needHurts(student, need);
      bar.fill.setFillStyle(hurting ? 0xe0564b : warned ? 0xffb35c : color).setAlpha(hurting && !student.down ? blink : 1);
    });
    row.infection.setSize(72 * (student.infection / 100), 8).setFillStyle(infectionColour(infectionDanger(student.infection, playMinutes(student.ticksToTurn)), palette()));
    const words: string[] = student.warnings.map((need: NeedName) => t(`survival.warnings.${need}`));
    if (student.wound !== 'none' && student.infection > 0) words.unshift(t('survival.infected', { percent: Math.round(student.infection) }));
    else if (student.wound !== 'none') words.unshift(t(student.wound === 'bite' ? 'survival.bitten' : 'survival.scratched'));
    if (student.bleeding) words.push(t('survival.bleeding'));
    // One line under the bars, after the tag: a long one is drawn narrower rather than run into the next student's row.
    const statusX = tag === '' ? 26 : 26 + row.tag.width + 5;
    row.status.setText(student.down ? '' : words.join(', ')).setX(statusX);
    row.status.setScale(Math.min(1, (PANEL_WIDTH - 6 - statusX) / Math.max(1, row.status.width)), 1);
    row.light.setVisible(student.lightOn && !student.down);
  }

  private drawSlots(student: StudentView | undefined): void {
    const kinds = student === undefined ? [] : quickSlotKinds(student.pack);
    this.slots.forEach((slot, i) => {
      const kind = kinds[i];
      slot.icon.setVisible(kind !== undefined);
      if (student === undefined || kind === undefined) {
        slot.text.setText(`${i + 1}`);
        slot.frame.setStrokeStyle(1, 0x3a4a5e);
        return;
      }
      slot.icon.setFrame(itemIconFrame(kind));
      const items = student.pack.filter((item) => item.kind === kind);
      const held = items.find((item) => item.id === student.weaponId);
      const detail =
        kind === 'phone'
          ? t('survival.charge', { percent: Math.round(items[0]!.charge ?? 0) })
          : held !== undefined
            ? t('survival.wear', { count: held.durability ?? 0 })
            : t('survival.count', { count: items.length });
      // The slot shows the icon, its key and how many (the name is in the pack line above when held).
      slot.text.setText(`${i + 1}\n${detail}`);
      slot.icon.setAlpha(items.length === 0 ? 0.35 : 1);
      slot.frame.setStrokeStyle(held !== undefined ? 2 : 1, held !== undefined ? 0xffe27a : 0x3a4a5e);
    });
    if (student === undefined) {
      this.packLine.setText('');
      return;
    }
    const arrows = student.pack.filter((item) => item.kind === 'arrow').length;
    const weight = t('survival.pack', { name: studentName(student.name), kg: student.packKg.toFixed(1), limit: student.carryKg });
    const held = student.pack.find((item) => item.id === student.weaponId);
    this.packLine.setText(`${weight}${held !== undefined ? `  · ${itemName(held.kind)}` : ''}${arrows > 0 ? `  ${t('survival.arrows', { count: arrows })}` : ''}`);
    setTextColour(this.packLine, packNearLimit(student.packKg, student.carryKg) ? '#ffb35c' : '#b8c4d2');
  }
}
