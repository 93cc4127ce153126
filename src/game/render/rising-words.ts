/**
 * Where a rising word ("-12", "+1 food") starts, clear of the words still rising and of the labels
 * drawn beside them. Pure geometry in world pixels: boxes are left, top, width, height; the word is
 * anchored at its bottom centre.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bottom of a word `width` × `height` centred on `x`, wished at `bottom`: moved up above any
 * box it would cover. Where that would take it above `highest` (the top of the view, where it would
 * rise out of sight) it goes instead at the highest spot from `highest` down that covers nothing:
 * right there, or right under one of the boxes, so words held down by the top stack downwards.
 */
export function risingWordBottom(x: number, width: number, height: number, bottom: number, taken: readonly Box[], highest: number): number {
  const half = width / 2;
  // A hair of give: a word put right on another's edge (a sum of floats) does not count as on it.
  const covers = (box: Box, at: number): boolean => box.x < x + half && box.x + box.width > x - half && box.y < at - 0.01 && box.y + box.height > at - height + 0.01;
  let at = bottom;
  // Each step moves the word up to a box's top, so this ends within one step a box.
  for (let moved = true; moved;) {
    moved = false;
    for (const box of taken) {
      if (!covers(box, at)) continue;
      at = box.y;
      moved = true;
    }
  }
  if (at >= highest) return at;
  const spots = [highest, ...taken.map((box) => box.y + box.height + height)].filter((spot) => spot >= highest).sort((a, b) => a - b);
  // The lowest spot is under every box there is, so one is always found.
  return spots.find((spot) => !taken.some((box) => covers(box, spot))) ?? highest;
}
