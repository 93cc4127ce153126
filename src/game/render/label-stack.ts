/**
 * Labels that would cover one another are stacked instead: each label (anchored at its bottom
 * centre) keeps its spot if it is clear, else moves a row at a time, up first, then down, until
 * it covers no label placed before it and nothing in `fixed`. Given the part of the world in view,
 * every label stays inside it: moved in from an edge (one was cut at the right of a phone), and
 * stacked only to rows inside it. Pure geometry, in whatever units the boxes are in.
 */

import { rectsMeet } from '../layout/screen-layout';

/** A label's box: `x` the centre, `y` the bottom edge. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the world labels must stay in: left, top, width, height. */
export interface LabelView {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rows a label may move up or down before it gives up and keeps its own spot. */
const MAX_ROWS = 12;

const overlaps = (a: LabelBox, b: LabelBox): boolean => Math.abs(a.x - b.x) * 2 < a.width + b.width && a.y - a.height < b.y && b.y - b.height < a.y;

/** A label's box as a rectangle: left, top, width, height. */
export function labelRect(label: LabelBox): LabelView {
  return { x: label.x - label.width / 2, y: label.y - label.height, width: label.width, height: label.height };
}

/** `label` moved the least into `view` (centred on it when wider). */
export function keptInView(label: LabelBox, view: LabelView | undefined): LabelBox {
  if (view === undefined) return label;
  const half = label.width / 2;
  const x = label.width >= view.width ? view.x + view.width / 2 : Math.min(Math.max(label.x, view.x + half), view.x + view.width - half);
  const y = label.height >= view.height ? view.y + label.height : Math.min(Math.max(label.y, view.y + label.height), view.y + view.height);
  return { ...label, x, y };
}

/** Where each label goes (bottom centre), in order; earlier labels keep their spots first. A label with no clear row keeps its own spot. */
export function stackLabels(labels: readonly LabelBox[], fixed: readonly LabelBox[] = [], gap = 0, view?: LabelView): Array<{ x: number; y: number }> {
  return clearLabelSpots(labels, fixed, gap, view, true).map((spot, i) => spot ?? keptInView(labels[i]!, view));
}

/**
 * As `stackLabels`, but a label with no clear row inside the view is left out (null) instead of kept
 * on its own spot over another: a fallen student's call for help lay over a friend's name.
 * `keep`: give a label with no room its own spot anyway (stackLabels).
 */
export function clearLabelSpots(labels: readonly LabelBox[], fixed: readonly LabelBox[] = [], gap = 0, view?: LabelView, keep = false): Array<{ x: number; y: number } | null> {
  const placed: LabelBox[] = [...fixed];
  const inView = (box: LabelBox): boolean => view === undefined || (box.y - box.height >= view.y - 0.01 && box.y <= view.y + view.height + 0.01);
  return labels.map((wanted) => {
    const label = keptInView(wanted, view);
    // Rows 0, -1, +1, -2, +2, ...: up first, as the culprit's tag sits above its zombie.
    for (let step = 0; step <= 2 * MAX_ROWS; step++) {
      const row = step % 2 === 1 ? -(step + 1) / 2 : step / 2;
      const candidate = { ...label, y: label.y + row * (label.height + gap) };
      if (inView(candidate) && !placed.some((other) => overlaps(candidate, other))) {
        placed.push(candidate);
        return { x: candidate.x, y: candidate.y };
      }
    }
    if (!keep) return null;
    placed.push(label);
    return { x: label.x, y: label.y };
  });
}

/**
 * Where a world label (a lure's name over its ring) goes, or null when it hides: moved the least
 * into the part of the world in `view`, and hidden where it would lie on a tile never seen (`seen`,
 * by tile: it lay half under the black fog, cut at its edge) or under a box in `covers` (the HUD's,
 * in world px: left, top, size).
 */
export function freeLabelSpot(wanted: LabelBox, view: LabelView, covers: readonly LabelView[], seen: (tileX: number, tileY: number) => boolean, tileSize: number): { x: number; y: number } | null {
  const label = keptInView(wanted, view);
  const box = labelRect(label);
  if (covers.some((cover) => rectsMeet(box, cover))) return null;
  for (let ty = Math.floor(box.y / tileSize); ty <= Math.floor((box.y + box.height - 0.01) / tileSize); ty++)
    for (let tx = Math.floor(box.x / tileSize); tx <= Math.floor((box.x + box.width - 0.01) / tileSize); tx++) if (!seen(tx, ty)) return null;
  return { x: label.x, y: label.y };
}
