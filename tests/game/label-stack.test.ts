import { describe, expect, it } from 'vitest';
import { clearLabelSpots, freeLabelSpot, stackLabels, type LabelBox } from '../../src/game/render/label-stack';

const box = (x: number, y: number, width = 40, height = 10): LabelBox => ({ x, y, width, height });
const covers = (a: LabelBox, b: LabelBox): boolean => Math.abs(a.x - b.x) * 2 < a.width + b.width && a.y - a.height < b.y && b.y - b.height < a.y;

describe('stacked labels', () => {
  it('leave clear labels where they are', () => {
    expect(stackLabels([box(0, 0), box(100, 0), box(0, 50)])).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 50 },
    ]);
  });

  it('move labels on one spot up until none covers another or a fixed box', () => {
    const labels = [box(0, 0), box(5, 2), box(-8, 0, 60), box(3, 1)];
    const tag = box(0, -40, 30, 10);
    const at = stackLabels(labels, [tag], 1);
    const placed = labels.map((l, i) => ({ ...l, ...at[i]! }));
    expect(placed[0]).toEqual(labels[0]);
    for (let i = 0; i < placed.length; i++) {
      expect(covers(placed[i]!, tag)).toBe(false);
      for (let j = i + 1; j < placed.length; j++) expect(covers(placed[i]!, placed[j]!), `${i} ${j}`).toBe(false);
    }
  });
});

describe('labels in a view', () => {
  const view = { x: 0, y: 0, width: 200, height: 100 };
  const inside = (l: LabelBox): boolean => l.x - l.width / 2 >= view.x && l.x + l.width / 2 <= view.x + view.width && l.y - l.height >= view.y && l.y <= view.y + view.height;

  it('are moved in from an edge (a label at the right edge of a phone was cut)', () => {
    const labels = [box(195, 50), box(5, 5), box(100, 140)];
    const at = stackLabels(labels, [], 1, view);
    labels.forEach((l, i) => expect(inside({ ...l, ...at[i]! }), `${i}`).toBe(true));
    expect(at[0]).toEqual({ x: 180, y: 50 });
  });

  it('stack down when the top of the view leaves no room, and never pile on one spot', () => {
    // Six labels on one spot near the top: up there is room for one row above at most.
    const labels = Array.from({ length: 6 }, () => box(100, 22));
    const at = stackLabels(labels, [], 1, view);
    const placed = labels.map((l, i) => ({ ...l, ...at[i]! }));
    for (let i = 0; i < placed.length; i++) {
      expect(inside(placed[i]!), `${i}`).toBe(true);
      for (let j = i + 1; j < placed.length; j++) expect(covers(placed[i]!, placed[j]!), `${i} ${j}`).toBe(false);
    }
  });
});

describe('labels that must never cover another', () => {
  const view = { x: 0, y: 0, width: 200, height: 30 };

  it('hide where no row inside the view is clear (a call for help lay over a name)', () => {
    // A name, and a call for help two rows tall on its spot: no row above or below fits the view.
    const name = box(100, 25, 40, 10);
    const help = box(100, 28, 160, 22);
    expect(clearLabelSpots([name, help], [], 1, view)).toEqual([{ x: 100, y: 25 }, null]);
    // stackLabels keeps it on its spot, over the name, where that is wanted (the replay's marks).
    expect(stackLabels([name, help], [], 1, view)[1]).not.toBeNull();
  });

  it('keep clear of fixed boxes (the HUD) and inside the view', () => {
    const hud = box(100, 12, 200, 12);
    const [spot] = clearLabelSpots([box(190, 12, 60, 8)], [hud], 1, view);
    expect(spot).toEqual({ x: 170, y: 21 });
  });
});

describe('a lure name', () => {
  const view = { x: 0, y: 0, width: 320, height: 180 };
  const seenAll = (): boolean => true;

  it('moves in from the screen edge (the fire alarm by the edge had its name cut)', () => {
    const spot = freeLabelSpot({ x: 315, y: 40, width: 60, height: 8 }, view, [], seenAll, 16)!;
    expect(spot.x + 30).toBeLessThanOrEqual(320);
    expect(freeLabelSpot({ x: 10, y: 4, width: 60, height: 8 }, view, [], seenAll, 16)).toEqual({ x: 30, y: 8 });
  });

  it('hides rather than lie cut by the fog: on a tile never seen, or under the HUD', () => {
    // Tiles right of x 64 are unexplored: a name from 40 to 100 would be cut at the fog's edge.
    const seen = (tileX: number): boolean => tileX < 4;
    expect(freeLabelSpot({ x: 70, y: 40, width: 60, height: 8 }, view, [], seen, 16)).toBeNull();
    expect(freeLabelSpot({ x: 30, y: 40, width: 40, height: 8 }, view, [], seen, 16)).toEqual({ x: 30, y: 40 });
    expect(freeLabelSpot({ x: 30, y: 40, width: 40, height: 8 }, view, [{ x: 0, y: 30, width: 100, height: 20 }], seenAll, 16)).toBeNull();
  });
});
