/**
 * Where the end screens' rows go (Play again, What happened?, Go to camp, Title): at fixed places,
 * whatever the message says, and clear of where the thumbs rested during play (the stick and the
 * touch buttons of the same screen's play layout). The heading and the message get the room
 * above the rows (below them on a phone held sideways). Pure: the same screen and rows give the same places.
 */

import { TOUCH_BUTTONS, type Circle, type Rect, type ScreenLayout } from './screen-layout';

/** Gap between rows, and kept round the thumbs' places, in px. */
const GAP = 12;
/** On a desktop, the rows' band ends this far down the screen (a phone's ends above its controls, or near the bottom between them when held sideways). */
const LOWEST = 0.8;
/** The narrowest a row may be (CSS px per layout unit): narrower, the rows go up above the thumb spots in their way. */
const NARROWEST = 240;

export interface EndRowsPlan {
  /** Each row's top and the widest it may be (centred on the screen), in the order given. */
  rows: { top: number; maxWidth: number }[];
  /** The room above the rows for the heading and the message. */
  text: { top: number; bottom: number };
}

/** Where a thumb rested during play: each touch button, and the stick with its knob's travel. */
export function thumbSpots(layout: ScreenLayout | null): Circle[] {
  if (layout === null) return [];
  const spots = TOUCH_BUTTONS.map((id) => layout.buttons[id]).filter((c): c is Circle => c !== undefined);
  if (layout.stick !== null) spots.push({ ...layout.stick.fixed, r: layout.stick.fixed.r * 1.5 });
  return spots;
}

/** Whether a rectangle comes within `gap` of a circle. */
function nearCircle(rect: Rect, circle: Circle, gap: number): boolean {
  const nx = Math.max(rect.x, Math.min(circle.x, rect.x + rect.width));
  const ny = Math.max(rect.y, Math.min(circle.y, rect.y + rect.height));
  return Math.hypot(circle.x - nx, circle.y - ny) < circle.r + gap;
}

/** Each row centred on the screen, as wide as it may be without meeting a thumb spot, stacked up to `bottom`. */
function stackRows(width: number, spots: Circle[], rowHeights: number[], bottom: number): { top: number; maxWidth: number; near: Circle[] }[] {
  const total = rowHeights.reduce((sum, h) => sum + h, 0) + GAP * Math.max(0, rowHeights.length - 1);
  let top = bottom - total;
  return rowHeights.map((rowHeight) => {
    const band: Rect = { x: 0, y: top, width, height: rowHeight };
    const near = spots.filter((spot) => nearCircle(band, spot, GAP / 2));
    const halfWidth = Math.min((width - 32) / 2, ...near.map((spot) => Math.abs(spot.x - width / 2) - spot.r - GAP / 2));
    const row = { top, maxWidth: Math.max(0, 2 * halfWidth), near };
    top += rowHeight + GAP;
    return row;
  });
}

/**
 * Rows of the given heights (px) stacked up from as low as they can be while each is at least
 * `NARROWEST` wide between the thumb spots: above the portrait phone's buttons across the screen,
 * near the bottom between the thumbs on a phone held sideways, at `LOWEST` of a desktop's height.
 */
export function planEndRows(width: number, height: number, layout: ScreenLayout | null, rowHeights: number[]): EndRowsPlan {
  const spots = thumbSpots(layout);
  // A phone held sideways: the thumbs rest low at both sides and leave the middle too narrow for a
  // row at 150% text, so the rows go across the top, the heading and message under them.
  if (layout !== null && layout.orientation === 'landscape' && spots.length > 0) {
    const total = rowHeights.reduce((sum, h) => sum + h, 0) + GAP * Math.max(0, rowHeights.length - 1);
    const rows = stackRows(width, spots, rowHeights, 16 + total);
    return { rows: rows.map(({ top, maxWidth }) => ({ top, maxWidth })), text: { top: 16 + total + GAP, bottom: height - 8 } };
  }
  const narrowest = Math.min(width - 32, NARROWEST * (layout?.unit ?? 1));
  let bottom = spots.length > 0 ? height - 2 * GAP : height * LOWEST;
  let rows = stackRows(width, spots, rowHeights, bottom);
  for (let lift = 0; lift < spots.length; lift++) {
    const narrow = rows.find((row) => row.maxWidth < narrowest);
    if (narrow === undefined) break;
    bottom = Math.min(bottom, ...narrow.near.map((spot) => spot.y - spot.r - GAP));
    rows = stackRows(width, spots, rowHeights, bottom);
  }
  const top = rows[0]?.top ?? bottom;
  return { rows: rows.map(({ top: rowTop, maxWidth }) => ({ top: rowTop, maxWidth })), text: { top: 16, bottom: top - GAP } };
}
