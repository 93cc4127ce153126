import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import type { SimEvent, Snapshot } from '../../src/core';
import { HearingView } from '../../src/game/render/hearing-view';
import { TILE_SIZE } from '../../src/game/render/sprite-layout';

/** What a Graphics was asked to draw, each shape as its left and right extent and its top and bottom. */
interface Shape {
  kind: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function recordingScene(shapes: Shape[]): Phaser.Scene {
  const chain = new Proxy({} as Record<string, unknown>, {
    get: (_target, name) => {
      if (name === 'fillRect') return (x: number, y: number, w: number, h: number) => (shapes.push({ kind: 'rect', left: x, right: x + w, top: y, bottom: y + h }), chain);
      if (name === 'fillCircle' || name === 'strokeCircle')
        return (x: number, y: number, r: number) => (shapes.push({ kind: String(name), left: x - r, right: x + r, top: y - r, bottom: y + r }), chain);
      if (name === 'arc')
        return (x: number, y: number, r: number, from: number, to: number) => {
          const points = Array.from({ length: 9 }, (_, i) => from + ((to - from) * i) / 8).map((a) => ({ x: x + Math.cos(a) * r, y: y + Math.sin(a) * r }));
          shapes.push({
            kind: 'arc',
            left: Math.min(...points.map((p) => p.x)),
            right: Math.max(...points.map((p) => p.x)),
            top: Math.min(...points.map((p) => p.y)),
            bottom: Math.max(...points.map((p) => p.y)),
          });
          return chain;
        };
      return () => chain;
    },
  });
  return { add: { graphics: () => chain, text: () => chain }, cameras: { main: chain } } as unknown as Phaser.Scene;
}

describe('the heard marker', () => {
  it('is a sound sign, the same on its left and right (a small ear read as a question mark), wide enough to read on a phone', () => {
    const shapes: Shape[] = [];
    const view = new HearingView(recordingScene(shapes));
    view.play([{ type: 'halfbieHeard', tileX: 3, tileY: 2, cause: 'footstep' } as unknown as SimEvent]);
    // Pulse at its smallest, so the ring round the sign is drawn too.
    view.draw({ students: [], controlledId: 0, noiseMasks: [] } as unknown as Snapshot, 600);
    const centre = 3.5 * TILE_SIZE;
    const sign = shapes.filter((shape) => shape.kind !== 'strokeCircle');
    expect(sign.length).toBeGreaterThan(0);
    // Every shape has its mirror image across the tile's middle.
    for (const shape of sign) {
      const mirrored = sign.some((other) => other.kind === shape.kind && Math.abs(centre - other.right - (shape.left - centre)) < 0.01 && Math.abs(other.top - shape.top) < 0.01);
      expect(mirrored, `${shape.kind} at ${shape.left.toFixed(2)}–${shape.right.toFixed(2)} has no mirror image`).toBe(true);
    }
    // At least 12 world px across (24 screen px or more at the zooms the game uses).
    expect(Math.max(...sign.map((s) => s.right)) - Math.min(...sign.map((s) => s.left))).toBeGreaterThanOrEqual(12);
  });
});
