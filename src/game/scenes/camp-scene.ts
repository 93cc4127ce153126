/**
 * Camp: the stop between levels. Shows every student of the campaign — role, health, needs,
 * wound, treatments and infection, or how they were lost — and what the group carries, with buttons for the
 * camp rules (src/core/sim/campaign/camp.ts): share out food and water, rest two hours, treat a student,
 * keep an infected friend apart or leave them behind; then go on to the next level. The rules are
 * the core's; this scene only shows the campaign and asks for them (../camp-actions.ts).
 * The buttons take the keyboard and a pad as a menu does (arrows or the d-pad move the focus, marked
 * ▶ and by a bright frame; Enter, Space or A presses it); the focus starts on "Go on".
 *
 * The title screen does not need it: it is a chunk of its own, fetched the first time the game
 * goes to camp (./lazy-scenes.ts). The camp is saved to the autosave when it opens and after each
 * change (../save/camp-save.ts), so a reload comes back here with the level's result.
 */

import Phaser from 'phaser';
import { groupOf, type CampaignState, type CampaignStudent, type NeedName } from '../../core';
import { CAMP_REST_HOURS, campClock, campHoursToTurn, infectionTurning, needShare, nextCampaignLevel, shareLow, wantsTreatment } from '../../core';
import { itemName, studentName, t } from '../i18n/i18n';
import { levelIds } from '../level-library';
import { appOf, type AppState } from '../app-state';
import { campAct, campLineText, studentConditions } from '../camp-actions';
import { createMenuInput } from '../input/menu-input';
import { FONT } from '../render/textures';
import { settings } from '../settings/settings';
import { saveCamp } from '../save/camp-save';

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
  private targets: { id: string; act: () => void }[] = [];
  private focusId = 'next';

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
    createMenuInput(this).on((move) => {
      if (move === 'confirm') {
        this.targets.find((target) => target.id === this.focusId)?.act();
        return;
      }
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
    this.children.removeAll(true);
    this.targets = [];
    const campaign = this.app.campaign;
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x0d1420, 1).setOrigin(0);
    if (campaign === undefined) return;
    const narrow = width < 700;
    const scale = (narrow ? Math.max(0.6, width / 700) : 1) * settings().accessibility.textSize;
    const root = this.add.container(0, 0).setScale(scale);
    const logical = width / scale;
    const text = (x: number, y: number, value: string, size: number, color = '#e8e2d6'): Phaser.GameObjects.Text => {
      const object = this.add.text(x, y, value, { fontFamily: FONT, fontSize: `${size}px`, color, wordWrap: { width: logical - x - 12 } });
      root.add(object);
      return object;
    };
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
    const subtitle = centred(56, t('camp.subtitle', { ...campClock(campaign), count: group.length }), 15, '#b8c4d2');
    let y = Math.max(90, subtitle.y + subtitle.height + 10);
    if (campaign.stalker !== undefined && campaign.stalker !== null) {
      const stalker = centred(y - 14, t('camp.stalker'), 13, '#e0564b');
      y = stalker.y + stalker.height + 10;
    }
    const columns = narrow ? 1 : 2;
    const cardWidth = (logical - 24 - (columns - 1) * 12) / columns;
    campaign.students.forEach((student, index) => {
      const x = 12 + (index % columns) * (cardWidth + 12);
      const top = y + Math.floor(index / columns) * 104;
      this.card(root, student, x, top, cardWidth, text);
    });
    y += Math.ceil(campaign.students.length / columns) * 104 + 4;

    const carried = new Map<string, number>();
    for (const student of group) for (const item of student.pack) carried.set(item.kind, (carried.get(item.kind) ?? 0) + 1);
    const list = [...carried].map(([kind, count]) => `${itemName(kind)} ×${count}`).join(', ');
    text(12, y, t('camp.carried', { items: list === '' ? t('camp.nothing') : list }), 14, '#d8e0ea');
    y += 40;
    const buttons: [string, string, () => void][] = [
      ['share', t('camp.share'), () => campAct(this.app, { type: 'share' })],
      ['rest', t('camp.rest', { hours: CAMP_REST_HOURS }), () => campAct(this.app, { type: 'rest' })],
      ['next', t('camp.next'), () => this.goOn()],
    ];
    // In a row, onto another when the screen (narrow, or big text) has no room for the next.
    let bx = 12;
    for (const [id, label, act] of buttons) {
      if (bx > 12 && bx + 180 > logical - 12) [bx, y] = [12, y + 46];
      this.button(root, id, bx, y, 180, label, act);
      bx += 190;
    }
    y += 46;
    this.app.campLog.forEach((line, i) => text(12, y + i * 18, campLineText(line), 13, i === 0 ? '#ffe27a' : '#8a96a6'));
  }

  private card(
    root: Phaser.GameObjects.Container,
    student: CampaignStudent,
    x: number,
    y: number,
    width: number,
    text: (x: number, y: number, value: string, size: number, color?: string) => Phaser.GameObjects.Text,
  ): void {
    const present = student.status === 'with';
    root.add(
      this.add
        .rectangle(x, y, width, 96, present ? 0x18212f : 0x120f14, 0.95)
        .setOrigin(0)
        .setStrokeStyle(1, present ? 0x3a4a5e : 0x3a2a30),
    );
    const status =
      student.status === 'with'
        ? student.halfbie
          ? t('survival.halfbie')
          : student.quarantined
            ? `[${t('camp.kept')}]`
            : ''
        : `(${t(student.status === 'left' ? 'camp.left' : student.status === 'turned' ? 'camp.turnedStatus' : 'camp.fallen')})`;
    text(x + 8, y + 6, `${studentName(student.name)} · ${t(`roles.${student.role}`)} ${status}`, 15, present ? '#f2ede4' : '#6b7480').setFontStyle('bold');
    if (!present) return;
    const bars: [string, NeedName, number][] = [
      ['♥', 'health', 0xd9463e],
      [t('survival.needLetters.hunger'), 'hunger', 0xd99a4e],
      [t('survival.needLetters.thirst'), 'thirst', 0x5aa7e0],
      [t('survival.needLetters.fatigue'), 'fatigue', 0xa58be0],
      [t('survival.needLetters.warmth'), 'warmth', 0xe07a5a],
      [t('survival.needLetters.morale'), 'morale', 0x8fe3a8],
    ];
    bars.forEach(([label, need, color], i) => {
      const share = needShare(student, need);
      const bx = x + 8 + (i % 3) * (BAR + 34);
      const by = y + 32 + Math.floor(i / 3) * 16;
      text(bx, by - 6, label, 11, '#8a96a6');
      root.add(this.add.rectangle(bx + 16, by, BAR, 6, 0x232a36).setOrigin(0, 0.5));
      root.add(this.add.rectangle(bx + 16, by, BAR * share, 6, shareLow(share) ? 0xe0564b : color).setOrigin(0, 0.5));
    });
    const hoursToTurn = campHoursToTurn(student);
    const conditions = studentConditions(student);
    if (hoursToTurn !== null) {
      text(x + 8, y + 62, t('camp.infection', { percent: Math.round(student.infection), minutes: hoursToTurn * 60 }), 13, infectionTurning(student.infection) ? '#e0564b' : '#7ed957');
      const labels: [string, string, () => void][] = [
        ['treat', t('camp.treat'), () => campAct(this.app, { type: 'treat', name: student.name })],
        ['quarantine', t('camp.quarantine'), () => campAct(this.app, { type: 'decide', name: student.name, decision: 'quarantine' })],
        ['leave', t('camp.leave'), () => campAct(this.app, { type: 'decide', name: student.name, decision: 'leave' })],
      ];
      labels.forEach(([id, label, act], i) => this.button(root, `${id}:${student.name}`, x + width - 3 * 96 + i * 96, y + 4, 90, label, act, 24));
    } else if (wantsTreatment(student)) {
      this.button(root, `treat:${student.name}`, x + width - 96, y + 4, 90, t('camp.treat'), () => campAct(this.app, { type: 'treat', name: student.name }), 24);
    }
    if (conditions !== '') text(x + 8, y + (hoursToTurn !== null ? 78 : 62), conditions, 13, student.wound === 'bite' ? '#e0564b' : '#e0b25a');
  }

  private button(root: Phaser.GameObjects.Container, id: string, x: number, y: number, width: number, label: string, act: () => void, height = 36): void {
    const focused = id === this.focusId;
    const press = (): void => {
      this.focusId = id;
      act();
      this.dirty = true;
    };
    this.targets.push({ id, act: press });
    const back = this.add
      .rectangle(x, y, width, height, focused ? 0x3d5578 : 0x2a3a52)
      .setOrigin(0)
      .setStrokeStyle(focused ? 3 : 1, focused ? 0xffe27a : 0x5a7aa0)
      .setInteractive({ useHandCursor: true });
    const caption = this.add
      .text(x + width / 2, y + height / 2, focused ? `▶ ${label}` : label, { fontFamily: FONT, fontSize: height > 30 ? '15px' : '12px', color: focused ? '#ffffff' : '#ffe27a' })
      .setOrigin(0.5);
    back.on('pointerdown', press);
    root.add([back, caption]);
  }

  /** The next level of the campaign (after the last one done), with the group as it is now. */
  private goOn(): void {
    const campaign = this.app.campaign;
    if (campaign === undefined || groupOf(campaign).length === 0) return;
    const next = nextCampaignLevel(levelIds(), campaign, this.seed);
    if (next !== null) this.scene.start('play', next);
  }
}
