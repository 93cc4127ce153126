/**
 * The way to what the level needs next: each goal of the current step that the camera does not
 * show (the key in a room downstairs, the student to rescue across the hall) gets an arrow at the
 * screen's edge in its marker's colour, on the line from the controlled student toward it; once
 * every objective is done, the exits get one (green, as the stairs' arrow). A goal is known before
 * it is seen, so the arrows are drawn over fog, the same size on the screen at any zoom. Arrows keep
 * clear of the HUD (its panels, goal lines and buttons: `covers`), sliding in along their line; a goal
 * on screen but under the HUD (the key's diamond under the status panel, the friend's ring under the
 * pause button) gets its arrow too, just clear of the HUD on the line toward it.
 */

import type Phaser from 'phaser';
import type { Snapshot } from '../../core';
import { NOTICE_DEPTH } from './depths';
import { rectsMeet } from '../layout/screen-layout';
import { clearSpot, drawEdgeArrow, edgePoint, screenBoxesToWorld, type ArrowShape, type Rect } from './edge-arrow';
import { MARKER_COLOURS } from './objective-markers';
import { TILE_SIZE } from './sprite-layout';

/** Screen pixels from the edge (further in than the threat arrows, so the two never cover each other) and the arrow's size. */
const INSET = 58;
const ARROW = 12;
const EXIT_COLOUR = 0x8fe3a8;
const GOAL_ARROW: ArrowShape = { halfWidth: 0.7, back: 0 };
/** Half the size of a goal's mark on the map (world px: the diamond, the friend's ring), for whether the HUD covers it. */
const MARK_HALF = 10;

/** A place the group must get to now, in tiles (centre), with what it is: an objective's index, or -1 for an exit. */
export interface GoalSpot {
  objective: number;
  colour: number;
  x: number;
  y: number;
}

/**
 * Where the group must go now: the current step's objectives not yet done (a waiting student where
 * they stand), or every exit once all objectives are done. Empty when the level is not being played.
 */
export function goalSpots(snapshot: Pick<Snapshot, 'objectives' | 'students' | 'exits' | 'status'>): GoalSpot[] {
  if (snapshot.status !== 'playing') return [];
  const spots: GoalSpot[] = [];
  for (const objective of snapshot.objectives) {
    if (objective.state !== 'current') continue;
    const colour = MARKER_COLOURS[objective.kind];
    if (objective.kind === 'rescue') {
      const student = snapshot.students[objective.studentId ?? -1];
      if (student !== undefined && student.waiting && !student.down) spots.push({ objective: objective.index, colour, x: student.x, y: student.y });
      continue;
    }
    spots.push({ objective: objective.index, colour, x: objective.tileX + objective.width / 2, y: objective.tileY + objective.height / 2 });
  }
  if (snapshot.objectives.length > 0 && snapshot.objectives.every((o) => o.state === 'done')) {
    for (const exit of snapshot.exits) spots.push({ objective: -1, colour: EXIT_COLOUR, x: exit.tileX + exit.width / 2, y: exit.tileY + exit.height / 2 });
  }
  return spots;
}

/** What is shown, for the testing hook: each arrow's goal (objective index, -1 an exit) and where it stands (world px). */
export interface GoalArrowShown {
  objective: number;
  x: number;
  y: number;
}

export class ObjectiveEdges {
  private readonly graphics: Phaser.GameObjects.Graphics;
  shown: GoalArrowShown[] = [];

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(NOTICE_DEPTH);
  }

  /** `focus`: where the controlled student is drawn (world px); `covers`: the HUD's boxes on the screen (game px). */
  draw(snapshot: Snapshot, focus: { x: number; y: number }, timeMs: number, covers: readonly Rect[] = []): void {
    const g = this.graphics;
    g.clear();
    this.shown = [];
    if (!snapshot.students.some((s) => s.controlled && !s.down)) return;
    const camera = this.scene.cameras.main;
    const px = 1 / camera.zoom;
    const view = camera.worldView;
    const pulse = 0.7 + 0.3 * Math.abs(Math.sin(timeMs / 420));
    const hud = screenBoxesToWorld(covers, view, camera.zoom);
    const size = ARROW * px;
    for (const goal of goalSpots(snapshot)) {
      const at = { x: goal.x * TILE_SIZE, y: goal.y * TILE_SIZE };
      const mark = { x: at.x - MARK_HALF, y: at.y - MARK_HALF, width: 2 * MARK_HALF, height: 2 * MARK_HALF };
      const edge = edgePoint(view, INSET * px, focus, at) ?? (hud.some((box) => rectsMeet(mark, box)) ? at : null);
      if (edge === null) continue;
      const spot = clearSpot(edge, focus, size * 1.6, hud);
      const { ux, uy } = drawEdgeArrow(g, spot, at, size, px, { colour: goal.colour, alpha: pulse }, GOAL_ARROW);
      // A diamond behind the arrow, the marker's own shape: "this way to the marked thing".
      const r = size * 0.55;
      const cx = spot.x - ux * size * 0.75;
      const cy = spot.y - uy * size * 0.75;
      g.lineStyle(2 * px, 0x05070a, 0.9).fillStyle(goal.colour, pulse);
      g.beginPath()
        .moveTo(cx, cy - r)
        .lineTo(cx + r, cy)
        .lineTo(cx, cy + r)
        .lineTo(cx - r, cy)
        .closePath()
        .fillPath()
        .strokePath();
      this.shown.push({ objective: goal.objective, x: spot.x, y: spot.y });
    }
  }

  destroy(): void {
    this.graphics.destroy();
  }
}
