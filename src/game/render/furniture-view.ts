/**
 * Furniture view: keeps the furniture layer's pushable pieces where the snapshot says they are. A
 * pushed piece's tile is cleared from where it stood and put where it went; only moved pieces are
 * touched.
 */

import type Phaser from 'phaser';
import type { FurnitureView as PieceView, Snapshot } from '../../core';

export class FurnitureLayerView {
  /** Where each piece is drawn, as `x,y`. */
  private readonly drawn = new Map<number, string>();

  constructor(private readonly map: Phaser.Tilemaps.Tilemap) {}

  /** Returns whether a piece moved in the map (a baked level view must be redrawn). */
  draw(snapshot: Snapshot): boolean {
    if (this.map.getLayerIndex('furniture') === null) return false;
    const moved: PieceView[] = [];
    for (const piece of snapshot.furniture) {
      const at = `${piece.tileX},${piece.tileY}`;
      const before = this.drawn.get(piece.id);
      if (before === at) continue;
      if (before === undefined && piece.tileX === piece.homeX && piece.tileY === piece.homeY) {
        this.drawn.set(piece.id, at); // where the level file drew it
        continue;
      }
      moved.push(piece);
    }
    // Clear every old place first, so a piece moving into a cell another just left is not wiped.
    for (const piece of moved) {
      const [x, y] = (this.drawn.get(piece.id) ?? `${piece.homeX},${piece.homeY}`).split(',').map(Number);
      this.map.removeTileAt(x!, y!, true, false, 'furniture');
    }
    for (const piece of moved) {
      this.map.putTileAt(piece.gid, piece.tileX, piece.tileY, true, 'furniture');
      this.drawn.set(piece.id, `${piece.tileX},${piece.tileY}`);
    }
    return moved.length > 0;
  }
}
