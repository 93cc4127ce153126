/**
 * Door view: keeps the walls layer's door and window tiles in step with the doors' states in the
 * snapshot (open, closed, locked, broken), and draws barricade planks over barricaded ones. Only
 * doors whose state or barricade changed are redrawn.
 *
 * A door in the way is also marked over the darkness (as names are; the fog still hides it): a thin
 * warm frame on a closed door, red on a locked one, an amber cross on a barricade. At night a closed
 * and an open door were both dark shapes in a dark wall, and a new player pressed E on an open door
 * and shut it.
 */

import type Phaser from 'phaser';
import type { Level } from '../../core';
import type { DoorView, Snapshot } from '../../core';
import { TILE_SIZE } from './sprite-layout';
import { LABEL_DEPTH } from './depths';

/** Colours of the marks over the darkness: closed, locked, barricaded. */
const MARK = { closed: 0xe8c36a, locked: 0xe0564b, barricaded: 0xe0a04a } as const;
export type DoorMarks = Record<keyof typeof MARK, number>;

export class DoorLayerView {
  private readonly drawn = new Map<number, string>();
  private readonly planks: Phaser.GameObjects.Graphics;
  private readonly marks: Phaser.GameObjects.Graphics;
  /** How many doors of each kind of mark were drawn last (for `hyosan.look`). */
  marksShown: DoorMarks = { closed: 0, locked: 0, barricaded: 0 };
  private readonly gids: Record<'open' | 'closed' | 'pane', number | undefined>;

  constructor(
    scene: Phaser.Scene,
    private readonly map: Phaser.Tilemaps.Tilemap,
    level: Level,
  ) {
    const tileset = level.tiled.tilesets[0];
    const gid = (name: string): number | undefined => {
      const tile = tileset?.tiles?.find((t) => t.type === name);
      return tile === undefined || tileset === undefined ? undefined : tileset.firstgid + tile.id;
    };
    this.gids = { open: gid('door-open'), closed: gid('door-closed'), pane: gid('wall-window') };
    this.planks = scene.add.graphics().setDepth(-0.5);
    this.marks = scene.add.graphics().setDepth(LABEL_DEPTH - 1);
  }

  destroy(): void {
    this.planks.destroy();
    this.marks.destroy();
  }

  /** Returns whether a door tile changed in the map (a baked level view must be redrawn). */
  draw(snapshot: Snapshot): boolean {
    let changed = false;
    for (const door of snapshot.doors) {
      const key = `${door.state}:${door.barricade > 0}`;
      if (this.drawn.get(door.id) === key) continue;
      this.drawn.set(door.id, key);
      changed = true;
      this.map.putTileAt(this.tileFor(door), door.tileX, door.tileY, true, 'walls');
    }
    if (!changed) return false;
    this.drawMarks(snapshot);
    const g = this.planks.clear();
    for (const door of snapshot.doors) {
      const x = door.tileX * TILE_SIZE;
      const y = door.tileY * TILE_SIZE;
      if (door.barricade > 0) {
        g.fillStyle(0x8a5a2b, 1);
        g.fillRect(x + 1, y + 3, TILE_SIZE - 2, 3);
        g.fillRect(x + 1, y + 10, TILE_SIZE - 2, 3);
        g.fillStyle(0x5a3818, 1);
        g.fillRect(x + 5, y + 1, 2, TILE_SIZE - 2);
      } else if (door.state === 'broken') {
        g.fillStyle(door.kind === 'window' ? 0xb8dce8 : 0x6b4a2a, 0.9);
        for (const [dx, dy] of [
          [3, 4],
          [9, 7],
          [5, 11],
          [12, 12],
        ] as const)
          g.fillRect(x + dx, y + dy, 2, 2);
      }
    }
    return true;
  }

  private drawMarks(snapshot: Snapshot): void {
    const g = this.marks.clear();
    const shown: DoorMarks = { closed: 0, locked: 0, barricaded: 0 };
    for (const door of snapshot.doors) {
      if (door.kind === 'window' && door.barricade === 0) continue;
      const mark = door.barricade > 0 ? 'barricaded' : door.state === 'locked' ? 'locked' : door.state === 'closed' ? 'closed' : undefined;
      if (mark === undefined) continue;
      shown[mark]++;
      const x = door.tileX * TILE_SIZE;
      const y = door.tileY * TILE_SIZE;
      g.lineStyle(1, MARK[mark], 0.85);
      if (mark === 'barricaded') {
        g.lineBetween(x + 3, y + 3, x + TILE_SIZE - 3, y + TILE_SIZE - 3);
        g.lineBetween(x + TILE_SIZE - 3, y + 3, x + 3, y + TILE_SIZE - 3);
        continue;
      }
      g.strokeRect(x + 2.5, y + 1.5, TILE_SIZE - 5, TILE_SIZE - 3);
      // The handle; a locked door's as a small padlock.
      g.fillStyle(MARK[mark], 0.95);
      g.fillRect(x + TILE_SIZE - 6, y + 7, 2, 2);
      if (mark === 'locked') g.fillRect(x + TILE_SIZE - 7, y + 9, 4, 3);
    }
    this.marksShown = shown;
  }

  /** The walls-layer tile for a door's state; -1 clears it (an open or broken window is a gap). */
  private tileFor(door: DoorView): number {
    if (door.kind === 'window') return door.state === 'closed' || door.state === 'barricaded' ? (this.gids.pane ?? -1) : -1;
    if (door.state === 'open' || door.state === 'broken') return this.gids.open ?? -1;
    return this.gids.closed ?? -1;
  }
}
