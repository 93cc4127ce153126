/**
 * Camp: the stop between levels. Shows every student of the campaign — role, health, needs,
 * wound, treatments and infection, or how they were lost — and what the group carries, with buttons for the
 * camp rules (src/core/sim/campaign/camp.ts): share out food and water, rest two hours, treat a student,
 * keep an infected friend apart or leave them behind; then go on to the next level. The rules are
 * the core's; this scene only shows the campaign and asks for them (../camp-actions.ts).
 * The buttons take the keyboard and a pad as a menu does (arrows or the d-pad move the focus, marked
 * ▶ and by a bright frame; Enter, Space or A presses it); the focus starts on "Go on". Taller than
 * the screen (a big group at a big text size, a phone held sideways), it scrolls a block at a time
 * (./block-scroll.ts), keeping the focused button and the newest line of the log in view.
 *
 * The title screen does not need it: it is a chunk of its own, fetched the first time the game
 * goes to camp (./lazy-scenes.ts). The camp is saved to the autosave when it opens and after each
 * change (../save/camp-save.ts), so a reload comes back here with the level's result.
 */

import Phaser from 'phaser';
import { groupOf, type CampaignState, type CampaignStudent, type NeedName } from '../../core';
import { CAMP_REST_HOURS, campClock, campHoursToTurn, needShare, nextCampaignLevel, shareHelps, shareLow, treatHelps } from '../../core';
import { itemName, studentName, t } from '../i18n/i18n';
import { levelIds } from '../level-library';
import { appOf, type AppState } from '../app-state';
import { arriveAtCamp, campAct, campLineText, infectionLine, studentConditions } from '../camp-actions';
import { campAdvice } from '../camp-advice';
import { needLegend } from '../help-rows';
import { createMenuInput } from '../input/menu-input';
import { FONT } from '../render/textures';
import { settings } from '../settings/settings';
import { saveCamp } from '../save/camp-save';
import { BlockScroll } from './block-scroll';

const BAR = 70;

/** What camp is opened with: the seed of the level just played (the next level's seed follows it). */
export interface CampData {
  seed: number | string;
}

export class CampScene extends Phaser.Scene {
  private app!: AppState;
  private seed: number | string = 1;
  private dirty = true;
  private seen: CampaignState | undefined;
  /** The campaign last saved (each camp rule makes a new one, which is saved in turn). */
  private saved: CampaignState | undefined;
  /** The buttons as last drawn, in focus order, and the id of the focused one (kept across redraws). */
  private targets: { id: string; act: () => void; block: number }[] = [];
  private focusId = 'next';
  /** The button a finger or the mouse went down on, pressed when it lifts there (unless the finger dragged the screen). */
  private pressing: string | undefined;
  private scroller!: BlockScroll;
  /** The drawing's blocks (cards, rows of buttons, lines), top to bottom, and the block of each log line. */
  private blocks: Phaser.GameObjects.Container[] = [];
  private logBlocks: number[] = [];
  /** The newest log line when last drawn: a new one is scrolled into view. */
  private logSeen: unknown;
  /** The student the player asked to leave behind, waiting for a yes or no. */
  private leaving: string | undefined;

  constructor() {
    super('camp');
  }

  init(data: CampData): void {
    this.app = appOf(this.game);
    this.seed = data.seed;
  }

  create(): void {
    this.dirty = true;
    this.saved = undefined;
    this.scale.on('resize', this.redraw, this);
    this.events.once('shutdown', () => this.scale.off('resize', this.redraw, this));
    this.focusId = 'next';
    this.leaving = undefined;
    this.blocks = [];
    this.logSeen = this.app.campLog[0];
    this.scroller = new BlockScroll(this, () => (this.pressing = undefined));
    createMenuInput(this).on((move) => {
      if (move === 'confirm') {
        this.targets.find((target) => target.id === this.focusId)?.act();
        return;
      }
      if (move === 'back' && this.leaving !== undefined) this.cancelLeave();
      if (move === 'back' || this.targets.length === 0) return;
      const index = Math.max(
        0,
        this.targets.findIndex((target) => target.id === this.focusId),
      );
      const step = move === 'up' || move === 'left' ? -1 : 1;
      this.focusId = this.targets[(index + step + this.targets.length) % this.targets.length]!.id;
      this.dirty = true;
    });
  }

  override update(): void {
    if (this.seen !== this.app.campaign) this.dirty = true;
    const campaign = this.app.campaign;
    if (campaign !== undefined && campaign !== this.saved) {
      this.saved = campaign;
      saveCamp(campaign, this.seed).catch((error: unknown) => console.error('the camp could not be saved', error));
    }
    if (this.dirty) this.redraw();
  }

  private redraw(): void {
    this.dirty = false;
    this.seen = this.app.campaign;
    const campaign = this.app.campaign;
    const { height } = this.scale;
    // Drawn at the text size on any screen (a phone shrank it to 60%: 7 px letters): a narrow
    // screen gets one column of cards, and each card lays out for its width. Taller than the
    // screen, it is drawn smaller, but no smaller than 100% (120% at a bigger text size).
    const textSize: number = settings().accessibility.textSize;
    const least = textSize > 1 ? Math.min(textSize, 1.2) : 1;
    let scale = textSize;
    let root: Phaser.GameObjects.Container | undefined;
    for (let tries = 0; tries < 3; tries++) {
      const drawn = this.drawAt(campaign, scale);
      root = drawn.root;
      const bottom = drawn.bottom * scale;
      if (bottom <= height - 8 || scale <= least) break;
      scale = Math.max(least, (scale * (height - 8)) / bottom);
    }
    if (root === undefined) return;
    this.scroller.show(root, this.blocks);
    if (this.app.campLog[0] !== this.logSeen) {
      this.logSeen = this.app.campLog[0];
      this.scroller.reveal(this.logBlocks[0] ?? -1);
    }
    this.scroller.reveal(this.targets.find((target) => target.id === this.focusId)?.block ?? -1);
  }

  /** The camp at `scale` (over what was drawn before) in `root`, in blocks; `bottom`: the bottom of what it drew, in its own units. */
  private drawAt(campaign: CampaignState | undefined, scale: number): { root?: Phaser.GameObjects.Container; bottom: number } {
    this.children.removeAll(true);
    this.targets = [];
    this.blocks = [];
    this.logBlocks = [];
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x0d1420, 1).setOrigin(0);
    if (campaign === undefined) return { bottom: 0 };
    const root = this.add.container(0, 0).setScale(scale);
    const logical = width / scale;
    // What is drawn goes into the block begun last (a card, a row of buttons, a line).
    let into = root;
    const begin = (): void => {
      into = this.add.container(0, 0);
      root.add(into);
      this.blocks.push(into);
    };
    const text = (x: number, y: number, value: string, size: number, color = '#e8e2d6', wrap = logical - x - 12): Phaser.GameObjects.Text => {
      const object = this.add.text(x, y, value, { fontFamily: FONT, fontSize: `${size}px`, color, wordWrap: { width: wrap } });
      into.add(object);
      return object;
    };
    begin();
    const group = groupOf(campaign);
    text(logical / 2, 14, t('camp.title'), 34, '#ffe27a')
      .setOrigin(0.5, 0)
      .setFontStyle('bold');
    // Centred lines wrap at the screen's width (not at half of it, from their middle), and the cards start under them.
    const centred = (y: number, value: string, size: number, color: string): Phaser.GameObjects.Text =>
      text(logical / 2, y, value, size, color)
        .setOrigin(0.5, 0)
        .setWordWrapWidth(logical - 24)
        .setAlign('center');
    // Under the time, what the bars' letters stand for (a newcomer could not guess F or 맘).
    const subtitle = centred(56, `${t(group.length === 1 ? 'camp.subtitleAlone' : 'camp.subtitle', { ...campClock(campaign), count: group.length })}\n${needLegend()}`, 15, '#b8c4d2');
    let y = Math.max(90, subtitle.y + subtitle.height + 10);
    if (campaign.stalker !== undefined && campaign.stalker !== null) {
      begin();
      const stalker = centred(y, t('camp.stalker'), 13, '#e0564b');
      y = stalker.y + stalker.height + 10;
    }
    const columns = logical < 700 ? 1 : 2;
    const cardWidth = (logical - 24 - (columns - 1) * 12) / columns;
    // Row by row: a row is as tall as its tallest card.
    for (let first = 0; first < campaign.students.length; first += columns) {
      const row = campaign.students.slice(first, first + columns);
      begin();
      const heights = row.map((student, i) => this.card(into, student, 12 + i * (cardWidth + 12), y, cardWidth, text, group.length));
      y += Math.max(...heights) + 8;
      const leaving = row.find((student) => student.name === this.leaving);
      if (leaving !== undefined) y = this.leaveConfirm(leaving.name, y, logical, { begin, text, into: () => into });
    }
    y += 4;
    const list = carriedList(group);
    begin();
    const carriedLine = text(12, y, t('camp.carried', { items: list === '' ? t('camp.nothing') : list }), 14, '#d8e0ea');
    y += carriedLine.height + 16;
    // Before the rest button: who cannot get through the next level, who would turn if the group
    // rested now, what the rest does to each infection, and what to do first.
    const advice = campAdvice(campaign);
    for (const line of advice.lines) {
      begin();
      y += text(12, y, line.text, 14, line.warn ? '#ff8a7a' : '#b8c4d2').height + 8;
    }
    const retry = advice.retry;
    if (retry !== undefined) {
      begin();
      this.button(into, 'retry', 12, y, Math.min(logical - 24, 320), t('camp.retry', { level: retry.title }), () => this.retryLevel(retry.levelId));
      y += 46;
    }
    y = this.actionsAt(y, logical, { begin, text, into: () => into });
    return { root, bottom: y };
  }

  /** The camp's buttons from `y` down, in rows that fit `logical` units, then its log, each in blocks of their own; returns the bottom. */
  private actionsAt(
    top: number,
    logical: number,
    page: { begin: () => void; text: (x: number, y: number, value: string, size: number, color?: string) => Phaser.GameObjects.Text; into: () => Phaser.GameObjects.Container },
  ): number {
    let y = top;
    const buttons: [string, string, () => void][] = [
      ['share', t('camp.share'), () => campAct(this.app, { type: 'share' })],
      ['rest', t('camp.rest', { hours: CAMP_REST_HOURS }), () => campAct(this.app, { type: 'rest' })],
      ['next', t('camp.next'), () => this.goOn()],
    ];
    // Share only when it would feed or water someone; else greyed in its place (when it went, Rest's
    // place became Go on's, and a click meant for Rest went on to the next level).
    const shares = this.app.campaign !== undefined && shareHelps(this.app.campaign);
    // In a row, onto another when the screen (narrow, or big text) has no room for the next.
    let bx = 12;
    page.begin();
    for (const [id, label, act] of buttons) {
      if (bx > 12 && bx + 180 > logical - 12) {
        [bx, y] = [12, y + 46];
        page.begin();
      }
      if (id === 'share' && !shares) this.button(page.into(), id, bx, y, 180, t('camp.shareNone'), () => undefined, 36, false);
      else this.button(page.into(), id, bx, y, 180, label, act);
      bx += 190;
    }
    y += 50;
    this.app.campLog.forEach((line, i) => {
      page.begin();
      this.logBlocks.push(this.blocks.length - 1);
      y += page.text(12, y, campLineText(line), 13, i === 0 ? '#ffe27a' : '#8a96a6').height + 4;
    });
    return y;
  }

  /** One student's card at (x, y), `width` wide; returns its height. Bars go three to a line where they fit, the treatment buttons beside the name on a wide card, else under the rest. */
  private card(
    root: Phaser.GameObjects.Container,
    student: CampaignStudent,
    x: number,
    y: number,
    width: number,
    text: (x: number, y: number, value: string, size: number, color?: string, wrap?: number) => Phaser.GameObjects.Text,
    groupSize: number,
  ): number {
    const present = student.status === 'with';
    const back = this.add
      .rectangle(x, y, width, 10, present ? 0x18212f : 0x120f14, 0.95)
      .setOrigin(0)
      .setStrokeStyle(1, present ? 0x3a4a5e : 0x3a2a30);
    root.add(back);
    const inner = width - 16;
    const status =
      student.status === 'with'
        ? student.halfbie
          ? t('survival.halfbie')
          : student.quarantined
            ? `[${t('camp.kept')}]`
            : ''
        : `(${t(student.status === 'left' ? 'camp.left' : student.status === 'turned' ? 'camp.turnedStatus' : 'camp.fallen')})`;
    const hoursToTurn = present ? campHoursToTurn(student) : null;
    const actions: [string, string, () => void][] = !present
      ? []
      : hoursToTurn !== null
        ? [
            ['treat', t('camp.treat'), () => campAct(this.app, { type: 'treat', name: student.name })],
            ['quarantine', t('camp.quarantine'), () => campAct(this.app, { type: 'decide', name: student.name, decision: 'quarantine' })],
            // Leaving the only student behind would end the campaign: not offered. It asks first (leaveConfirm).
            ...(groupSize > 1 ? [['leave', t('camp.leave'), () => this.askLeave(student.name)] as [string, string, () => void]] : []),
          ]
        : treatHelps(this.app.campaign!, student.name)
          ? [['treat', t('camp.treat'), () => campAct(this.app, { type: 'treat', name: student.name })]]
          : [];
    // Beside the name when the card has room for both, else in a row of their own at the bottom.
    const buttonsBeside = inner - actions.length * 96 >= 220;
    const nameWrap = buttonsBeside ? inner - actions.length * 96 : inner;
    const name = text(x + 8, y + 6, `${studentName(student.name)} · ${t(`roles.${student.role}`)} ${status}`, 15, present ? '#f2ede4' : '#6b7480', nameWrap).setFontStyle('bold');
    let bottom = name.y + name.height + 6;
    if (buttonsBeside) actions.forEach(([id, label, act], i) => this.button(root, `${id}:${student.name}`, x + width - actions.length * 96 + i * 96, y + 4, 90, label, act, 28));
    if (present) {
      const bars: [string, NeedName, number][] = [
        ['♥', 'health', 0xd9463e],
        [t('survival.needLetters.hunger'), 'hunger', 0xd99a4e],
        [t('survival.needLetters.thirst'), 'thirst', 0x5aa7e0],
        [t('survival.needLetters.fatigue'), 'fatigue', 0xa58be0],
        [t('survival.needLetters.warmth'), 'warmth', 0xe07a5a],
        [t('survival.needLetters.morale'), 'morale', 0x8fe3a8],
      ];
      const perLine = Math.max(1, Math.min(3, Math.floor(inner / (BAR + 34))));
      bars.forEach(([label, need, color], i) => {
        const share = needShare(student, need);
        const bx = x + 8 + (i % perLine) * (BAR + 34);
        const by = bottom + 8 + Math.floor(i / perLine) * 18;
        text(bx, by - 7, label, 12, '#8a96a6');
        root.add(this.add.rectangle(bx + 18, by, BAR, 6, 0x232a36).setOrigin(0, 0.5));
        root.add(this.add.rectangle(bx + 18, by, BAR * share, 6, shareLow(share) ? 0xe0564b : color).setOrigin(0, 0.5));
      });
      bottom += Math.ceil(bars.length / perLine) * 18 + 4;
      const conditions = studentConditions(student);
      const infection = infectionLine(student);
      if (infection !== null) bottom += text(x + 8, bottom, infection.text, 13, infection.colour, inner).height + 4;
      if (conditions !== '') bottom += text(x + 8, bottom, conditions, 13, student.wound === 'bite' ? '#e0564b' : '#e0b25a', inner).height + 4;
      if (!buttonsBeside && actions.length > 0) {
        const each = Math.min(120, (inner - (actions.length - 1) * 6) / actions.length);
        actions.forEach(([id, label, act], i) => this.button(root, `${id}:${student.name}`, x + 8 + i * (each + 6), bottom + 2, each, label, act, 40));
        bottom += 46;
      }
    }
    const height = Math.max(bottom - y + 6, buttonsBeside && actions.length > 0 ? 40 : 0);
    back.setSize(width, height);
    return height;
  }

  private button(root: Phaser.GameObjects.Container, id: string, x: number, y: number, width: number, label: string, act: () => void, height = 36, enabled = true): void {
    const focused = id === this.focusId;
    const colour = enabled ? (focused ? '#ffffff' : '#ffe27a') : '#8a96a6';
    const press = (): void => {
      this.focusId = id;
      act();
      this.dirty = true;
    };
    this.targets.push({ id, act: press, block: this.blocks.length - 1 });
    const back = this.add
      .rectangle(x, y, width, height, !enabled ? 0x1c232e : focused ? 0x3d5578 : 0x2a3a52)
      .setOrigin(0)
      .setStrokeStyle(focused ? 3 : 1, focused ? 0xffe27a : enabled ? 0x5a7aa0 : 0x3a4a5e)
      .setInteractive({ useHandCursor: true });
    const caption = this.add.text(x + width / 2, y + height / 2, focused ? `▶ ${label}` : label, { fontFamily: FONT, fontSize: height > 30 ? '15px' : '12px', color: colour }).setOrigin(0.5);
    back.on('pointerdown', () => (this.pressing = id));
    back.on('pointerup', () => {
      if (this.pressing === id) press();
      this.pressing = undefined;
    });
    root.add([back, caption]);
  }

  /** "Leave X behind?" under X's card, with a yes and a no (the focus on no): `y` is where it goes; returns the bottom. */
  private leaveConfirm(
    name: string,
    top: number,
    logical: number,
    page: { begin: () => void; text: (x: number, y: number, value: string, size: number, color?: string) => Phaser.GameObjects.Text; into: () => Phaser.GameObjects.Container },
  ): number {
    page.begin();
    let y = top + page.text(12, top, t('camp.leaveConfirm', { name: studentName(name) }), 14, '#ffe27a').height + 6;
    const width = Math.min(150, (logical - 36) / 2);
    this.button(page.into(), 'leaveYes', 12, y, width, t('camp.leaveYes'), () => {
      this.leaving = undefined;
      this.focusId = 'next';
      campAct(this.app, { type: 'decide', name, decision: 'leave' });
    });
    this.button(page.into(), 'leaveNo', 24 + width, y, width, t('camp.leaveNo'), () => this.cancelLeave());
    y += 46;
    return y;
  }

  private askLeave(name: string): void {
    this.leaving = name;
    this.focusId = 'leaveNo';
    this.dirty = true;
  }

  private cancelLeave(): void {
    this.focusId = `leave:${this.leaving ?? ''}`;
    this.leaving = undefined;
    this.dirty = true;
  }

  /** The way out when no one can get through the next level: the level just won again, from its start, with the group as it began it. */
  private retryLevel(levelId: string): void {
    const start = this.app.campaign?.levelStart;
    if (start === undefined) return;
    arriveAtCamp(this.app, start);
    this.scene.start('play', { levelId, seed: this.seed });
  }

  /** The next level of the campaign (after the last one done), with the group as it is now. */
  private goOn(): void {
    const campaign = this.app.campaign;
    if (campaign === undefined || groupOf(campaign).length === 0) return;
    const next = nextCampaignLevel(levelIds(), campaign, this.seed);
    if (next !== null) this.scene.start('play', next);
  }
}

/** What the group carries, by kind: "Water ×2, Bandage ×1" (empty when nothing). */
function carriedList(group: readonly CampaignStudent[]): string {
  const carried = new Map<string, number>();
  for (const student of group) for (const item of student.pack) carried.set(item.kind, (carried.get(item.kind) ?? 0) + 1);
  return [...carried].map(([kind, count]) => `${itemName(kind)} ×${count}`).join(', ');
}
