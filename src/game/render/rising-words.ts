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

/** A word still rising: its text (without a count), where it came from (x, world px) and its box now. */
export interface RisingWord {
  text: string;
  x: number;
  box: Box;
}

/** World px apart two words of one text may come from and still be one word counted ("hit ×3"): about one character. */
export const MERGE_PX = 10;
/** Rows (a word's height each) a word may be moved from its spot to clear others: more, and a pile of words covered the fight. */
export const MAX_LIFT_ROWS = 2;
/** The most words rising at once; a new one takes the oldest's place. */
export const MAX_WORDS = 8;

/**
 * What a new word (`text` centred on `x`, `width` × `height`, wished at `bottom`) does among the
 * words still rising (`words`, oldest first) and the labels it keeps clear of (`fixed`): counted
 * into a word of the same text from the same spot (`merge`: its index), or put at `bottom`, after
 * the words `drop` (indexes, oldest first) are taken away: the oldest of those in its way, until it
 * finds room within MAX_LIFT_ROWS of its spot, and the oldest of all beyond MAX_WORDS. A big fight
 * piled its words into a column over the fighters.
 */
export function placeRisingWord(
  text: string,
  x: number,
  size: { width: number; height: number },
  bottom: number,
  words: readonly RisingWord[],
  fixed: readonly Box[],
  highest: number,
): { merge: number } | { bottom: number; drop: number[] } {
  const merge = words.findIndex((word) => word.text === text && Math.abs(word.x - x) <= MERGE_PX);
  if (merge >= 0) return { merge };
  const drop: number[] = [];
  for (let i = 0; i < words.length - (MAX_WORDS - 1); i++) drop.push(i);
  const half = size.width / 2;
  const reach = MAX_LIFT_ROWS * size.height + 0.01;
  for (;;) {
    const kept = words.filter((_, i) => !drop.includes(i)).map((word) => word.box);
    const at = risingWordBottom(x, size.width, size.height, bottom, [...kept, ...fixed], highest);
    if (Math.abs(at - bottom) <= reach) return { bottom: at, drop };
    // The oldest word still kept in the new one's column (over or under its spot) goes first.
    const oldest = words.findIndex((word, i) => !drop.includes(i) && word.box.x < x + half && word.box.x + word.box.width > x - half);
    if (oldest < 0) return { bottom: nearestClearBottom(x, size, bottom, kept.concat(fixed), highest) ?? at, drop };
    drop.push(oldest);
  }
}

/**
 * The clear spot nearest `bottom`, over or under the boxes in the way (null when none is): a word
 * that could only clear a column of labels by rising over all of them ended a room away from what it
 * was about ('No way there' over a student's name, call for help and the save banner).
 */
function nearestClearBottom(x: number, size: { width: number; height: number }, bottom: number, taken: readonly Box[], highest: number): number | null {
  const half = size.width / 2;
  const clear = (at: number): boolean => !taken.some((box) => box.x < x + half && box.x + box.width > x - half && box.y < at - 0.01 && box.y + box.height > at - size.height + 0.01);
  const spots = [bottom, ...taken.flatMap((box) => [box.y, box.y + box.height + size.height])].filter((at) => at >= highest && clear(at));
  return spots.length === 0 ? null : spots.reduce((best, at) => (Math.abs(at - bottom) < Math.abs(best - bottom) ? at : best));
}
