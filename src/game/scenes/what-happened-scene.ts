/**
 * "What happened?": the last ten seconds of a lost level, re-run from the rolling record (core
 * sim/replay/rolling-record.ts) and drawn as play drew them, without fog, with the cause marked
 * (render/cause-marks.ts) and the seen / heard badges. Every tick's hash is checked against the one
 * taken in play; a drift is said in the panel. Play / pause, restart and back are in the panel scene
 * (what-happened-panel.ts) and on the keys Space or P, R and Esc. Owns no rules: the core re-runs.
 */

import Phaser from 'phaser';
import { createFixedStep, type FixedStep } from '../../core';
import { explainLoss, type LossStory } from '../../core';
import { checkRecording, playRecording, type Playback } from '../../core';
import type { Snapshot } from '../../core';
import { MAX_TICKS_PER_FRAME, TICK_MS, TICKS_PER_SECOND } from '../../core';
import { t } from '../i18n/i18n';
import { storyLines } from '../loss-story-text';
import { CauseMarks } from '../render/cause-marks';
import { DoorLayerView } from '../render/door-view';
import { EntityView } from '../render/entity-view';
import { EventEffects } from '../render/event-effects';
import { FixtureLayerView } from '../render/fixture-view';
import { FurnitureLayerView } from '../render/furniture-view';
import { contextLost } from '../render/context-restore';
import { createLevelView, type LevelView } from '../render/level-view';
import { LightView } from '../render/light-view';
import { NoticeMarks } from '../render/notice-marks';
import { TILE_SIZE } from '../render/sprite-layout';
import type { Level, Recording } from '../../core';
import { appOf } from '../app-state';
import type { EndSceneData } from './end-scene';

export const WHAT_HAPPENED = 'whatHappened';
export const WHAT_HAPPENED_PANEL = 'whatHappenedPanel';

export interface WhatHappenedData {
  /** The end screen's data, to go back to it; its play holds the recording of the loss. */
  end: EndSceneData;
}

/** What the panel needs from the replay. */
export interface ReplayControls {
  toggle(): void;
  restart(): void;
  leave(): void;
}

/** What the replay needs from the panel over it. */
export interface ReplayPanel {
  /** The rows of the screen (px) between the panel's top part and its bottom part, where the replay is seen. */
  uncovered(): { top: number; bottom: number };
}

export class WhatHappenedScene extends Phaser.Scene implements ReplayControls {
  private playback!: Playback;
  private story!: LossStory;
  private fixedStep!: FixedStep;
  private entities!: EntityView;
  private effects!: EventEffects;
  private notices!: NoticeMarks;
  private marks!: CauseMarks;
  private light!: LightView;
  private doors!: DoorLayerView;
  private furniture!: FurnitureLayerView;
  private fixtures!: FixtureLayerView;
  private levelView!: LevelView;
  private previous!: Snapshot;
  private current!: Snapshot;
  private playing = true;
  private endData!: WhatHappenedData;
  /** The lost level and the record of its last seconds. */
  private loss!: { level: Level; recording: Recording };
  private recordedHashes!: Map<number, string>;
  private replayed: [number, string][] = [];
  private driftTick: number | null = null;
  private caption: string[] = [];
  /** What the camera follows: between the controlled student and the culprit, so both are in the picture. */
  private frame!: Phaser.GameObjects.Zone;

  constructor() {
    super(WHAT_HAPPENED);
  }

  create(data: WhatHappenedData): void {
    this.endData = data;
    const { play } = data.end;
    if (play.lossRecording === undefined) throw new Error('"What happened?" opened for a play that was not lost');
    this.loss = { level: play.level, recording: play.lossRecording };
    const loss = this.loss;
    const { level, recording } = loss;
    // One run to the end first: the whole story (who fell to whom, what drew it) is known before it plays.
    const run = checkRecording(level, recording, { strict: false });
    const end = run.simulation.snapshot();
    this.story = explainLoss(run.ticks, recording.earlierAlerts, end);
    this.caption = storyLines(this.story, end);
    if (run.drift !== undefined) this.caption.push(t('whatHappened.drift', { tick: run.drift.tick }));
    this.recordedHashes = new Map(recording.tickHashes);

    this.cameras.main.setBackgroundColor('#07090f');
    this.levelView = createLevelView(this, level);
    this.doors = new DoorLayerView(this, this.levelView.map, level);
    this.furniture = new FurnitureLayerView(this.levelView.map);
    this.playback = playRecording(level, recording, { strict: false });
    this.current = this.playback.simulation.snapshot();
    this.fixtures = new FixtureLayerView(this, this.current);
    this.entities = new EntityView(this, this.current);
    this.entities.helpShown = false;
    this.light = new LightView(this, level);
    this.effects = new EventEffects(this);
    this.notices = new NoticeMarks(this);
    this.marks = new CauseMarks(this, this.story, end);
    this.effects.keepClearOf = () => this.marks.boxes();
    this.marks.view = () => this.seenArea();
    this.marks.keepClearOf = () => this.entities.nameBoxes();
    const camera = this.cameras.main;
    const fitZoom = (): void => {
      const { width, height } = this.scale;
      camera.setZoom(Phaser.Math.Clamp(Math.floor(Math.min(width / (22 * TILE_SIZE), height / (13 * TILE_SIZE))), 2, 6));
    };
    fitZoom();
    this.scale.on('resize', fitZoom);
    this.frame = this.add.zone(0, 0, 1, 1);
    camera.startFollow(this.frame, true, 0.15, 0.15);
    this.restart();
    this.placeFrame();
    camera.centerOn(this.frame.x, this.frame.y);

    const keyboard = this.input.keyboard;
    keyboard?.on('keydown-SPACE', () => this.toggle());
    keyboard?.on('keydown-P', () => this.toggle());
    keyboard?.on('keydown-R', () => this.restart());
    keyboard?.on('keydown-ESC', () => this.leave());
    this.events.once('shutdown', () => {
      this.scale.off('resize', fitZoom);
      this.entities.destroy();
      this.light.destroy();
      this.effects.destroy();
      this.notices.destroy();
      appOf(this.game).whatHappened = undefined;
    });
    this.scene.launch(WHAT_HAPPENED_PANEL, { controls: this as ReplayControls });
    appOf(this.game).stepLock.drive(this);
    this.report();
  }

  /** Back to the recording's start, run silently to the shown part, and play. */
  restart(): void {
    const loss = this.loss;
    this.playback = playRecording(loss.level, loss.recording, { strict: false });
    this.replayed = [];
    this.driftTick = null;
    while (this.playback.simulation.tick < loss.recording.showFrom && !this.playback.done) this.stepOnce(false);
    this.current = this.playback.simulation.snapshot();
    this.previous = this.current;
    this.fixedStep = createFixedStep({ tickMs: TICK_MS, maxTicksPerFrame: MAX_TICKS_PER_FRAME });
    this.playing = true;
  }

  toggle(): void {
    if (this.playback.done) {
      this.restart();
      return;
    }
    this.playing = !this.playing;
    this.fixedStep.reset();
  }

  leave(): void {
    this.scene.stop(WHAT_HAPPENED_PANEL);
    this.scene.setVisible(true, 'play');
    this.scene.launch('end', this.endData.end);
    this.scene.stop();
  }

  /** Under a test's step lock (step-lock.ts): one tick of the replay, reported at once and drawn by the next frame; undefined while it is stopped or closed. */
  lockedTick(): Snapshot | undefined {
    if (!this.playing || this.playback.done || !this.sys.isActive()) return undefined;
    this.stepOnce(true);
    if (this.playback.done) this.playing = false;
    this.report();
    return this.current;
  }

  private stepOnce(show: boolean): void {
    const { events, drift } = this.playback.step();
    const tick = this.playback.simulation.tick;
    const hash = this.playback.simulation.tickHash();
    if (tick > this.loss.recording.showFrom) this.replayed.push([tick, hash]);
    if (drift !== undefined && this.driftTick === null) this.driftTick = drift.tick;
    if (!show) return;
    this.previous = this.current;
    this.current = this.playback.simulation.snapshot();
    this.effects.play(events, this.current);
    this.notices.play(events);
  }

  override update(time: number, deltaMs: number): void {
    // While the graphics context is lost nothing can be seen: the replay waits for it.
    if (this.playing && !contextLost(this)) {
      const ticks = appOf(this.game).stepLock.ticksFor(this.fixedStep, deltaMs);
      for (let i = 0; i < ticks && !this.playback.done; i++) this.stepOnce(true);
      if (this.playback.done) this.playing = false;
    }
    if (this.doors.draw(this.current) || this.furniture.draw(this.current)) this.levelView.redraw();
    this.fixtures.draw(this.current, time);
    this.entities.draw(this.previous, this.current, this.playing && !appOf(this.game).stepLock.locked ? this.fixedStep.alpha : 1, time);
    this.light.draw(this.current, this.entities.drawnStudents, time);
    this.notices.draw(this.current, this.entities.drawnStudents, time);
    this.marks.draw(this.current, this.playback.simulation.tick, time);
    // After the labels, which the rising words keep clear of where they are drawn now.
    this.effects.update(time);
    this.placeFrame();
    this.report();
  }

  /** The screen rows the panel leaves for the replay (the whole screen before the panel is up). */
  private uncovered(): { top: number; bottom: number } {
    const panel = this.scene.get(WHAT_HAPPENED_PANEL) as (Phaser.Scene & ReplayPanel) | null;
    return panel?.sys.isActive() === true ? panel.uncovered() : { top: 0, bottom: this.scale.height };
  }

  /** The part of the world seen between the panel's parts (world px), a few pixels in from its edges: labels stay inside it. */
  private seenArea(): { x: number; y: number; width: number; height: number } {
    const camera = this.cameras.main;
    const { top, bottom } = this.uncovered();
    const view = camera.worldView;
    const inset = 4 / camera.zoom;
    return { x: view.x + inset, y: view.y + top / camera.zoom + inset, width: view.width - 2 * inset, height: (bottom - top) / camera.zoom - 2 * inset };
  }

  /**
   * Halfway between the controlled student and the standing culprit (if it is near enough to share
   * the picture), else on the student; kept so the map fills the part of the screen between the
   * panel's parts (no black beyond its edge), or is centred there when it is smaller.
   */
  private placeFrame(): void {
    const { focus } = this.entities;
    const culprit = this.story.culprit === undefined ? undefined : this.current.zombies[this.story.culprit.zombieId];
    const camera = this.cameras.main;
    const fits =
      culprit !== undefined &&
      culprit.mode !== 'down' &&
      Math.abs(culprit.x * TILE_SIZE - focus.x) < (camera.width / camera.zoom) * 0.8 &&
      Math.abs(culprit.y * TILE_SIZE - focus.y) < (camera.height / camera.zoom) * 0.6;
    const [x, y] = culprit === undefined || !fits ? [focus.x, focus.y] : [(focus.x + culprit.x * TILE_SIZE) / 2, (focus.y + culprit.y * TILE_SIZE) / 2];
    const { top, bottom } = this.uncovered();
    const seenWidth = camera.width / camera.zoom;
    const seenHeight = (bottom - top) / camera.zoom;
    const within = (at: number, seen: number, size: number): number => (size <= seen ? size / 2 : Math.min(Math.max(at, seen / 2), size - seen / 2));
    this.frame.setPosition(within(x, seenWidth, this.loss.level.width * TILE_SIZE), within(y, seenHeight, this.loss.level.height * TILE_SIZE));
    // The frame's spot on the screen: the middle of the part between the panel's parts.
    camera.setFollowOffset(0, ((top + bottom) / 2 - camera.height / 2) / camera.zoom);
  }

  private report(): void {
    const loss = this.loss;
    const shownTicks = new Set(this.replayed.map(([tick]) => tick));
    appOf(this.game).whatHappened = {
      playing: this.playing,
      tick: this.playback.simulation.tick,
      showFrom: loss.recording.showFrom,
      endTick: loss.recording.endTick,
      recorded: [...this.recordedHashes].filter(([tick]) => shownTicks.has(tick)),
      replayed: this.replayed.slice(),
      driftTick: this.driftTick,
      culprit: this.story.culprit === undefined ? null : { zombieId: this.story.culprit.zombieId, kind: this.story.culprit.kind },
      chain: this.story.chain.map((d) => ({ tick: d.tick, zombieId: d.zombieId, sense: d.sense, studentId: d.studentId ?? null, noise: d.noise ?? null })),
      caption: this.caption.slice(),
      marks: this.marks.shown.slice(),
    };
  }

  /** Seconds from the end (negative) of the tick shown, for the panel. */
  get secondsToEnd(): number {
    return (this.playback.simulation.tick - this.loss.recording.endTick) / TICKS_PER_SECOND;
  }

  get progress(): number {
    const r = this.loss.recording;
    return Math.min(1, Math.max(0, (this.playback.simulation.tick - r.showFrom) / Math.max(1, r.endTick - r.showFrom)));
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  get lines(): string[] {
    return this.caption;
  }

  /** Where on the timeline (0..1) each of the culprit's detections falls. */
  get chainMarks(): number[] {
    const r = this.loss.recording;
    return this.story.chain.filter((d) => d.tick >= r.showFrom).map((d) => (d.tick - r.showFrom) / Math.max(1, r.endTick - r.showFrom));
  }
}
