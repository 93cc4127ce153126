/**
 * Seen / heard: the moment a zombie notices a student (a `zombieAlerted` event about them), a badge
 * by that student says SEEN or HEARD, and an arrow on their ring points to the zombie that noticed.
 * The badge goes on the student's far side from the zombie, on the first spot around them that
 * covers no character and no name tag, so it never hides the fight; it is drawn over fog and
 * lighting and stays the same size on the screen at any zoom. Lasts two seconds.
 */

import type Phaser from 'phaser';
import type { SimEvent } from '../../core';
import type { Snapshot } from '../../core';
import { t } from '../i18n/i18n';
import { NOTICE_DEPTH } from './depths';
import { TILE_SIZE } from './sprite-layout';
import { FONT } from './textures';
import { rectsMeet } from '../layout/screen-layout';

type Box = { x: number; y: number; width: number; height: number };

const LIFE_MS = 2000;
const FADE_MS = 500;
const COLOURS = { seen: 0xff4a3d, heard: 0x6fd0ff } as const;
/** Badge size and arrow on the screen, in screen pixels. */
const BADGE_HEIGHT = 22;
const ARROW = 9;
/** Around a character, the box (world px) a badge must not cover: the body and the ?/! or name above it. */
const BODY = { left: 7, right: 7, top: 22, bottom: 8 };

export type NoticeSense = keyof typeof COLOURS;

interface Mark {
  studentId: number;
  zombieId: number;
  sense: NoticeSense;
  bornMs: number;
  text: Phaser.GameObjects.Text;
}

/** What is shown, for the testing hook: where each badge is (world px) and the angle to its zombie. */
export interface NoticeShown {
  studentId: number;
  zombieId: number;
  sense: NoticeSense;
  x: number;
  y: number;
  towardZombie: number;
}

export class NoticeMarks {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly marks: Mark[] = [];
  private nowMs = 0;
  shown: NoticeShown[] = [];
  /** Labels a badge keeps clear of (left, top, width, height; world px): the students' names and calls for help. */
  keepClearOf: () => Box[] = () => [];

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(NOTICE_DEPTH);
  }

  /** One mark per student: the newest notice wins, a sighting over a sound in the same moment. */
  play(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type !== 'zombieAlerted' || event.studentId === undefined || event.cause === 'smell') continue;
      const sense: NoticeSense = event.cause === 'sight' ? 'seen' : 'heard';
      let mark = this.marks.find((m) => m.studentId === event.studentId);
      if (mark !== undefined && mark.sense === 'seen' && sense === 'heard' && this.nowMs - mark.bornMs < LIFE_MS / 2) continue;
      if (mark === undefined) {
        const text = this.scene.add
          .text(0, 0, '', { fontFamily: FONT, fontStyle: 'bold', fontSize: '15px', color: '#ffffff' })
          .setOrigin(0.5)
          .setDepth(NOTICE_DEPTH + 1)
          .setResolution(2);
        mark = { studentId: event.studentId, zombieId: event.zombieId, sense, bornMs: this.nowMs, text };
        this.marks.push(mark);
      }
      mark.zombieId = event.zombieId;
      mark.sense = sense;
      mark.bornMs = this.nowMs;
      mark.text.setText(t(sense === 'seen' ? 'notice.seen' : 'notice.heard'));
    }
  }

  /** `students`: where each student is drawn (px, by id), so the badge moves with the sprite. */
  draw(snapshot: Snapshot, students: ReadonlyArray<{ x: number; y: number }>, timeMs: number): void {
    this.nowMs = timeMs;
    const g = this.graphics;
    g.clear();
    this.shown = [];
    const zoom = this.scene.cameras.main.zoom;
    const px = 1 / zoom;
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const mark = this.marks[i]!;
      const age = timeMs - mark.bornMs;
      const student = snapshot.students[mark.studentId];
      const zombie = snapshot.zombies[mark.zombieId];
      if (age > LIFE_MS || student === undefined || student.down || zombie === undefined) {
        mark.text.destroy();
        this.marks.splice(i, 1);
        continue;
      }
      const at = students[mark.studentId] ?? { x: student.x * TILE_SIZE, y: student.y * TILE_SIZE };
      const angle = Math.atan2(zombie.y * TILE_SIZE - at.y, zombie.x * TILE_SIZE - at.x);
      const alpha = age < LIFE_MS - FADE_MS ? 1 : (LIFE_MS - age) / FADE_MS;
      const colour = COLOURS[mark.sense];
      // The arrow on the student's ring, pointing at the zombie.
      const ring = 11;
      const tipX = at.x + Math.cos(angle) * (ring + ARROW * px);
      const tipY = at.y + Math.sin(angle) * (ring + ARROW * px);
      const baseX = at.x + Math.cos(angle) * ring;
      const baseY = at.y + Math.sin(angle) * ring;
      const side = ARROW * 0.7 * px;
      const nx = -Math.sin(angle) * side;
      const ny = Math.cos(angle) * side;
      g.lineStyle(3 * px, 0x05070a, alpha).fillStyle(colour, alpha);
      g.beginPath()
        .moveTo(tipX, tipY)
        .lineTo(baseX + nx, baseY + ny)
        .lineTo(baseX - nx, baseY - ny)
        .closePath()
        .fillPath()
        .strokePath();
      g.lineStyle(2 * px, colour, alpha * 0.9).strokeCircle(at.x, at.y, ring);
      // The badge: on the far side from the zombie, or the nearest clear spot round from there.
      mark.text.setScale(px).setAlpha(alpha);
      const w = (mark.text.width + 10) * px;
      const h = BADGE_HEIGHT * px;
      const spot = badgeSpot(at.x, at.y, angle + Math.PI, w, h, ring + 4, snapshot, mark.studentId, this.keepClearOf());
      // Nowhere clear near the student (a crowd of labels on a narrow phone at 150% text): the arrow
      // on the ring still shows who noticed and from where; the word would cover a name.
      mark.text.setVisible(spot !== null);
      if (spot === null) continue;
      g.fillStyle(0x05070a, 0.85 * alpha).fillRoundedRect(spot.x - w / 2, spot.y - h / 2, w, h, 4 * px);
      g.lineStyle(2 * px, colour, alpha).strokeRoundedRect(spot.x - w / 2, spot.y - h / 2, w, h, 4 * px);
      mark.text.setPosition(spot.x, spot.y).setColor(mark.sense === 'seen' ? '#ffb0a8' : '#c4ecff');
      this.shown.push({ studentId: mark.studentId, zombieId: mark.zombieId, sense: mark.sense, x: spot.x, y: spot.y, towardZombie: angle });
    }
  }

  /** Takes every badge away (the level is over: "HEARD" showed through the win screen). */
  clear(): void {
    for (const mark of this.marks) mark.text.destroy();
    this.marks.length = 0;
    this.graphics.clear();
    this.shown = [];
  }

  destroy(): void {
    this.clear();
    this.graphics.destroy();
  }
}

/**
 * The centre for a w×h box `gap` (plus half the box) away from (x, y): first toward `angle`, then
 * turning either way in eighths of a turn, then farther out, the first that covers no standing
 * character (their body and the marker above them) and no label in `labels` (left, top, width,
 * height); null when none is clear (it fell back onto a call for help on a phone at 150% text).
 */
export function badgeSpot(x: number, y: number, angle: number, w: number, h: number, gap: number, snapshot: Snapshot, ownerId: number, labels: readonly Box[] = []): { x: number; y: number } | null {
  const reach = gap + Math.hypot(w, h) / 2;
  const bodies: { x: number; y: number }[] = [];
  for (const s of snapshot.students) if (!s.down && s.id !== ownerId) bodies.push({ x: s.x * TILE_SIZE, y: s.y * TILE_SIZE });
  for (const z of snapshot.zombies)
    if (z.mode !== 'down' && Math.abs(z.x * TILE_SIZE - x) < reach * 5 && Math.abs(z.y * TILE_SIZE - y) < reach * 5) bodies.push({ x: z.x * TILE_SIZE, y: z.y * TILE_SIZE });
  // The owner's own body and name tag are kept clear as well.
  bodies.push({ x, y });
  const covers = (cx: number, cy: number): boolean =>
    bodies.some((b) => cx + w / 2 > b.x - BODY.left && cx - w / 2 < b.x + BODY.right && cy + h / 2 > b.y - BODY.top && cy - h / 2 < b.y + BODY.bottom) ||
    labels.some((label) => rectsMeet({ x: cx - w / 2, y: cy - h / 2, width: w, height: h }, label));
  for (const out of [1, 1.5, 2]) {
    for (const turn of [0, 1, -1, 2, -2, 3, -3, 4]) {
      const a = angle + (turn * Math.PI) / 4;
      const cx = x + Math.cos(a) * reach * out;
      const cy = y + Math.sin(a) * reach * out;
      if (!covers(cx, cy)) return { x: cx, y: cy };
    }
  }
  return null;
}
