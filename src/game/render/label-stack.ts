/**
 * Labels that would cover one another are stacked instead: each label (anchored at its bottom
 * centre) keeps its spot if it is clear, else moves up a row at a time until it covers no label
 * placed before it and nothing in `fixed`. Pure geometry, in whatever units the boxes are in.
 */

/** A label's box: `x` the centre, `y` the bottom edge. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Rows a label may climb before it gives up and keeps its own spot. */
const MAX_ROWS = 12;

const overlaps = (a: LabelBox, b: LabelBox): boolean => Math.abs(a.x - b.x) * 2 < a.width + b.width && a.y - a.height < b.y && b.y - b.height < a.y;

/** Where each label goes (bottom centre), in order; earlier labels keep their spots first. */
export function stackLabels(labels: readonly LabelBox[], fixed: readonly LabelBox[] = [], gap = 0): Array<{ x: number; y: number }> {
  const placed: LabelBox[] = [...fixed];
  return labels.map((label) => {
    let at = label;
    for (let row = 0; row <= MAX_ROWS; row++) {
      const candidate = { ...label, y: label.y - row * (label.height + gap) };
      if (!placed.some((other) => overlaps(candidate, other))) {
        at = candidate;
        break;
      }
    }
    placed.push(at);
    return { x: at.x, y: at.y };
  });
}
