/**
 * The marks play draws over the world, apart from the level, its lighting and its characters: noise
 * rings and floating words, heard steps, the aimed throw's preview, "seen" / "heard" badges, arrows
 * at the screen's edge toward threats and toward what the level needs next, and the objective markers.
 * Each reads the snapshot (and some the tick's events); they are made, fed, drawn and destroyed together.
 */

import type Phaser from 'phaser';
import { TICK_MS, type SimEvent, type Simulation, type Snapshot } from '../../core';
import type { AimTarget } from '../input/player-controls';
import type { LookState } from '../play-session';
import type { Rect } from './edge-arrow';
import { EventEffects } from './event-effects';
import { HearingView } from './hearing-view';
import { MarkCaptions } from './mark-captions';
import { NoticeMarks } from './notice-marks';
import { ObjectiveEdges } from './objective-edges';
import { ObjectiveMarkers } from './objective-markers';
import { ThreatEdges } from './threat-edges';
import { ThrowPreview } from './throw-preview';
import { TILE_SIZE } from './sprite-layout';
import { t } from '../i18n/i18n';
import type { WalkEnd } from '../walk-end';

type Point = { x: number; y: number };

/** What the overlays drew last frame, for `hyosan.look`. */
export type OverlaysShown = Pick<LookState, 'rings' | 'edgeMarkers' | 'heardMarkers' | 'coverHint' | 'throwPreview' | 'notices' | 'threats' | 'goalArrows' | 'markCaption'>;

export class PlayOverlays {
  private readonly effects: EventEffects;
  private readonly hearing: HearingView;
  private readonly throwPreview: ThrowPreview;
  private readonly notices: NoticeMarks;
  private readonly threats: ThreatEdges;
  private readonly goalArrows: ObjectiveEdges;
  private readonly markers: ObjectiveMarkers;
  private readonly captions: MarkCaptions;

  constructor(scene: Phaser.Scene) {
    this.effects = new EventEffects(scene);
    this.hearing = new HearingView(scene);
    this.throwPreview = new ThrowPreview(scene);
    this.notices = new NoticeMarks(scene);
    this.threats = new ThreatEdges(scene);
    this.goalArrows = new ObjectiveEdges(scene);
    this.markers = new ObjectiveMarkers(scene);
    this.captions = new MarkCaptions(scene);
  }

  /** The labels (left, top, width, height; world px) rising words and seen / heard badges keep clear of: the students' names and calls for help. */
  set wordsClearOf(boxes: () => Rect[]) {
    this.effects.keepClearOf = boxes;
    this.notices.keepClearOf = boxes;
  }

  /** A tick's events: rings and words, heard steps, new badges. */
  play(events: readonly SimEvent[], snapshot: Snapshot): void {
    this.effects.play(events, snapshot);
    this.hearing.play(events);
    this.notices.play(events);
    this.threats.play(events, snapshot.tick);
  }

  /** Says over the controlled student why their tapped walk ended short (walk-end.ts): on a phone it stopped without a word. */
  sayWalkEnd(why: WalkEnd, snapshot: Snapshot): void {
    const me = snapshot.students.find((s) => s.controlled);
    if (me !== undefined) this.effects.say(me.x * TILE_SIZE, me.y * TILE_SIZE, t(`walkEnd.${why}`));
  }

  /** One frame. `focus`: the camera's student as drawn; `students`: every student as drawn; `covers`: the HUD's boxes on the screen (game px), which the arrows keep clear of. */
  draw(frame: { simulation: Simulation; snapshot: Snapshot; aim: AimTarget | null; focus: Point; students: readonly Point[]; timeMs: number; covers: readonly Rect[] }): void {
    const { snapshot, timeMs } = frame;
    this.effects.update(timeMs);
    this.hearing.draw(snapshot, timeMs);
    this.throwPreview.draw(frame.simulation, snapshot, frame.aim, timeMs);
    this.notices.draw(snapshot, frame.students, timeMs);
    this.threats.draw(snapshot, frame.focus, timeMs, frame.covers);
    this.goalArrows.draw(snapshot, frame.focus, timeMs, frame.covers);
    this.markers.draw(snapshot, timeMs);
    this.captions.draw(snapshot, snapshot.tick * TICK_MS, frame.covers);
  }

  /** Takes away the floating words (rising numbers, names) and the seen / heard badges: nothing of the level's words under the end screen's. */
  clearWords(): void {
    this.effects.clearWords();
    this.notices.clear();
    this.captions.clear();
  }

  get shown(): OverlaysShown {
    return {
      rings: this.effects.ringsShown,
      edgeMarkers: this.effects.edgeMarkersShown,
      heardMarkers: this.hearing.markersShown,
      coverHint: this.hearing.hintShown,
      throwPreview: this.throwPreview.shown,
      notices: this.notices.shown,
      threats: this.threats.shown,
      goalArrows: this.goalArrows.shown,
      markCaption: this.captions.shown,
    };
  }

  destroy(): void {
    this.effects.destroy();
    this.hearing.destroy();
    this.throwPreview.destroy();
    this.notices.destroy();
    this.threats.destroy();
    this.goalArrows.destroy();
    this.markers.destroy();
    this.captions.destroy();
  }
}
