/**
 * The first time each kind of coloured mark is on the screen (the pink ring on a friend to find, the
 * blue diamond on a thing to pick up, the green stairs out...), a short caption under it names it,
 * for a few seconds: new players asked what the pink, blue and green marks meant. Each is named
 * once, remembered with the tutorial's lessons (settings `tutorial.done`, as `mark…`; "Replay the
 * tutorial" brings them back); the pause menu's help page gives the whole legend (help-rows.ts).
 */

import type Phaser from 'phaser';
import type { Snapshot } from '../../core';
import { t } from '../i18n/i18n';
import { settings, updateSettings } from '../settings/settings';
import { NOTICE_DEPTH } from './depths';
import { rectsMeet } from '../layout/screen-layout';
import { screenBoxesToWorld } from './edge-arrow';
import { goalSpots } from './objective-edges';
import { TILE_SIZE } from './sprite-layout';
import { FONT, setTextColour } from './textures';
import { WORLD_FONT_PX, worldTextScale } from './world-text';

export const MARK_KINDS = ['markRescue', 'markCollect', 'markActivate', 'markReach', 'markHold', 'markExit'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

const KIND_OF: Record<Snapshot['objectives'][number]['kind'], MarkKind> = { rescue: 'markRescue', collect: 'markCollect', activate: 'markActivate', reach: 'markReach', hold: 'markHold' };
/** How long a caption stays, in ms of play. */
export const CAPTION_MS = 6000;

type Rect = { x: number; y: number; width: number; height: number };

/** Screen px a mark must be inside the screen's edge, and clear of the HUD, to be named (its caption is about this wide each side). */
const CAPTION_ROOM = 80;

/**
 * The first mark on the screen (`view`, world px) whose kind has not been named yet, with room for
 * its caption and not under the HUD (`covers`, world px): its kind, colour and where it is (world
 * px), or null.
 */
export function captionDue(snapshot: Snapshot, view: Rect, named: ReadonlySet<string>, covers: readonly Rect[] = []): { kind: MarkKind; colour: number; x: number; y: number } | null {
  for (const spot of goalSpots(snapshot)) {
    const objective = snapshot.objectives[spot.objective];
    const kind = objective === undefined ? 'markExit' : KIND_OF[objective.kind];
    const x = spot.x * TILE_SIZE;
    const y = spot.y * TILE_SIZE;
    if (named.has(kind) || x < view.x || x > view.x + view.width || y < view.y || y > view.y + view.height) continue;
    if (covers.some((cover) => rectsMeet({ x: x - 2, y: y - 2, width: 4, height: 4 }, cover))) continue;
    return { kind, colour: spot.colour, x, y };
  }
  return null;
}

/** World px between a mark and its caption, below it or above. */
const CAPTION_GAP = 12;

/**
 * Where a caption `width` x `height` (world px) centred under the mark at `mark` goes: its top, under
 * the mark, or over it when the HUD (a banner, a prompt) covers the place under it; null when both
 * are covered (it waits, hidden: a runner's warning over the level covered "Green: the way out").
 */
export function captionTop(mark: { x: number; y: number }, width: number, height: number, covers: readonly Rect[]): number | null {
  for (const top of [mark.y + CAPTION_GAP, mark.y - CAPTION_GAP - height]) {
    const box = { x: mark.x - width / 2, y: top, width, height };
    if (!covers.some((cover) => rectsMeet(box, cover))) return top;
  }
  return null;
}

/**
 * Where a caption goes (`x` its centre, `top`), kept inside the screen's part of the world `view`:
 * the camera moves on while it shows, and "Pink ring: a friend to find" was cut at the screen's
 * edge. Moved in from a side; under its mark or over it as the HUD and the top and bottom allow; null: hidden.
 */
export function captionSpot(mark: { x: number; y: number }, width: number, height: number, covers: readonly Rect[], view: Rect): { x: number; top: number } | null {
  const x = Math.min(Math.max(mark.x, view.x + width / 2), view.x + view.width - width / 2);
  const outside = [
    { x: view.x - width, y: view.y - view.height, width: view.width + 2 * width, height: view.height },
    { x: view.x - width, y: view.y + view.height, width: view.width + 2 * width, height: view.height },
  ];
  const top = captionTop({ x, y: mark.y }, width, height, [...covers, ...outside]);
  return top === null ? null : { x, top };
}

/** Marks already named (settings), and naming one. */
function namedMarks(): Set<string> {
  return new Set(settings().tutorial.done.filter((name) => (MARK_KINDS as readonly string[]).includes(name)));
}

function markNamed(kind: MarkKind): void {
  const done = settings().tutorial.done;
  if (!done.includes(kind)) updateSettings({ tutorial: { done: [...done, kind] } });
}

export class MarkCaptions {
  private readonly text: Phaser.GameObjects.Text;
  private showing: { kind: MarkKind; untilMs: number; x: number; y: number } | null = null;
  /** The caption up now (its kind and words), for `hyosan.look`. */
  shown: { kind: MarkKind; text: string } | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.text = scene.add
      .text(0, 0, '', { fontFamily: FONT, fontStyle: 'bold', fontSize: `${WORLD_FONT_PX}px`, color: '#f2ede4', stroke: '#05070a', strokeThickness: 4, align: 'center' })
      .setOrigin(0.5, 0)
      .setDepth(NOTICE_DEPTH)
      .setResolution(2)
      .setVisible(false);
  }

  /** `nowMs`: the game's time (ms of play), so a caption lasts as long as play does; `covers`: the HUD's boxes on the screen (game px). */
  draw(snapshot: Snapshot, nowMs: number, covers: readonly Rect[] = []): void {
    const camera = this.scene.cameras.main;
    const view = camera.worldView;
    const worldCovers = screenBoxesToWorld(covers, view, camera.zoom);
    if (this.showing !== null && nowMs >= this.showing.untilMs) this.showing = null;
    if (this.showing === null && snapshot.status === 'playing') {
      const room = CAPTION_ROOM / camera.zoom;
      const inner = { x: view.x + room, y: view.y + room / 2, width: view.width - 2 * room, height: view.height - room };
      const due = captionDue(snapshot, inner, namedMarks(), worldCovers);
      if (due !== null) {
        markNamed(due.kind);
        this.showing = { kind: due.kind, untilMs: nowMs + CAPTION_MS, x: due.x, y: due.y };
        setTextColour(this.text, `#${due.colour.toString(16).padStart(6, '0')}`);
      }
    }
    if (this.showing === null) {
      if (this.text.visible) this.text.setVisible(false);
      this.shown = null;
      return;
    }
    const scale = worldTextScale(camera.zoom);
    // Worded on every frame (setText skips an unchanged text), so a language change shows at once.
    this.text.setText(t(`marks.${this.showing.kind}`)).setScale(scale);
    const spot = captionSpot(this.showing, this.text.displayWidth, this.text.displayHeight, worldCovers, view);
    this.text.setPosition(spot?.x ?? this.showing.x, spot?.top ?? this.showing.y).setVisible(spot !== null);
    this.shown = spot === null ? null : { kind: this.showing.kind, text: this.text.text };
  }

  clear(): void {
    this.showing = null;
    this.shown = null;
    this.text.setVisible(false);
  }

  destroy(): void {
    this.text.destroy();
  }
}
