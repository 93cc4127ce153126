/**
 * Screen layout: where the HUD, the touch stick and the touch buttons go on a screen of a given
 * size with given safe-area insets (notch, rounded corners, home bar). Pure: the same size gives
 * the same rectangles, tested in Node for every phone size we care about.
 *
 * Sizes are CSS pixels (the game canvas maps 1:1 to CSS pixels). Thumb targets follow the
 * platform guides: 48 px or more, the attack button bigger, 8 px or more apart.
 * - **Landscape**: HUD top left, pause and fullscreen top right, the stick bottom left, the
 *   buttons in two arcs around a big attack button bottom right (the right thumb pivots there).
 * - **Portrait**: the same, with the item buttons in a row above the thumbs' band and the
 *   student drawn in the upper part of the screen, above the controls.
 * A layout that does not fit (buttons overlapping each other or the HUD, or leaving the safe
 * area) says so in `problems`; `rotateHint` is set when turning the phone would make it fit.
 */

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export const TOUCH_BUTTONS = ['attack', 'interact', 'run', 'sneak', 'lure', 'switch', 'food', 'water', 'light'] as const;
export type TouchButton = (typeof TOUCH_BUTTONS)[number];
export type CornerButton = 'pause' | 'fullscreen';
export type ButtonId = TouchButton | CornerButton;

export interface LayoutOptions {
  /** Show the touch stick and buttons (a touch device, or a touch happened). */
  touch: boolean;
  /** The browser can go fullscreen (iPhone Safari cannot): show the fullscreen button. */
  fullscreen: boolean;
  /** The phone light can be toggled (a light button). */
  light: boolean;
  /** The HUD's status panel (students, items), drawn from the safe area's top-left corner. */
  hudPanel: { width: number; height: number };
}

export interface ScreenLayout {
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
  /** CSS px per layout unit: 1 on a 390 px wide phone, up to 1.5 on tablets. */
  unit: number;
  safe: Rect;
  hud: {
    panel: Rect;
    /** The goal line: anchored at (x, y), left- or right-aligned, wrapping at `maxWidth`. */
    goal: { x: number; y: number; align: 'left' | 'right'; maxWidth: number };
    /** Sound captions, anchored at their bottom centre. */
    captions: { x: number; y: number; maxWidth: number };
  };
  /** Buttons as circles (centre, radius). Touch buttons only with `touch`; pause always; fullscreen when possible. */
  buttons: Partial<Record<ButtonId, Circle>>;
  /** Where a floating stick may start, and where the fixed stick sits (its radius is the knob's travel). */
  stick: { zone: Rect; fixed: Circle } | null;
  /** Where on screen the controlled student should be drawn (the middle of what the controls leave free). */
  focus: { x: number; y: number };
  problems: string[];
  fits: boolean;
  rotateHint: boolean;
}

export const ZERO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Margin from the safe area's edges, and the gap kept around buttons, in units. */
const MARGIN = 12;
const ATTACK_R = 44;
const RING_R = 29;
const ITEM_R = 27;
const CORNER_R = 24;
const STICK_R = 56;
/**
 * Round the controlled student (drawn at the focus), the box a floating stick's ring may not
 * reach, in units: the ring is centred where the thumb lands, and one landing near the middle of
 * a phone held sideways drew it over the student.
 */
export const STUDENT_CLEAR = { side: 40, above: 60, below: 30 } as const;
/** Distance from the attack button's centre to the first and second arcs. */
const RING1 = 96;
const RING2 = RING1 + RING_R + ITEM_R + MARGIN;
/** Smallest gap allowed between two buttons, in CSS px. */
export const MIN_GAP = 8;

export function computeLayout(width: number, height: number, insets: Insets, options: LayoutOptions): ScreenLayout {
  const layout = place(width, height, insets, options);
  if (!layout.fits && options.touch) layout.rotateHint = place(height, width, rotateInsets(insets), options).fits;
  return layout;
}

function rotateInsets(insets: Insets): Insets {
  // A notch on the top in portrait is on a side in landscape.
  return { top: insets.left, right: insets.top, bottom: insets.right, left: insets.bottom };
}

function clampInset(value: number, size: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(0, value), size / 3) : 0;
}

/** Where the HUD's goal line and captions, the stick and the view's focus go; touch controls move them. */
interface Placed {
  stick: ScreenLayout['stick'];
  focus: { x: number; y: number };
  goal: ScreenLayout['hud']['goal'];
  captions: ScreenLayout['hud']['captions'];
}

/**
 * The touch controls: the attack button and its arcs bottom right, the item buttons on a further arc
 * (landscape) or in a row across the screen (portrait), and the stick's zone to the left; moves the
 * goal line, captions and focus out of their way.
 */
function placeTouchControls(on: { safe: Rect; panel: Rect; buttons: Partial<Record<ButtonId, Circle>>; unit: number; orientation: ScreenLayout['orientation']; light: boolean }, placed: Placed): void {
  const { safe, panel, buttons, unit, orientation } = on;
  const right = safe.x + safe.width;
  const bottom = safe.y + safe.height;
  const m = MARGIN * unit;
  const attack: Circle = { x: right - m - ATTACK_R * unit, y: bottom - m - ATTACK_R * unit, r: ATTACK_R * unit };
  buttons.attack = attack;
  const onArc = (radius: number, degrees: number, r: number): Circle => ({
    x: attack.x + Math.cos((degrees * Math.PI) / 180) * radius * unit,
    y: attack.y - Math.sin((degrees * Math.PI) / 180) * radius * unit,
    r: r * unit,
  });
  buttons.interact = onArc(RING1, 180, RING_R);
  buttons.run = onArc(RING1, 135, RING_R);
  buttons.sneak = onArc(RING1, 90, RING_R);
  const items: TouchButton[] = ['lure', 'switch', 'food', 'water', ...(on.light ? ['light' as const] : [])];
  const stickR = STICK_R * unit;
  const fixed: Circle = { x: safe.x + m + stickR + 8 * unit, y: bottom - m - stickR, r: stickR };
  // A short screen: the stick moves right, out from under the HUD panel.
  if (circleHitsRect(fixed, panel, MIN_GAP)) fixed.x = panel.x + panel.width + MIN_GAP + stickR;
  if (orientation === 'landscape') {
    const step = 90 / (items.length - 1);
    items.forEach((item, i) => (buttons[item] = onArc(RING2, 180 - i * step, ITEM_R)));
    const zoneRight = attack.x - (RING2 + ITEM_R) * unit - m;
    const zoneTop = Math.min(panel.y + panel.height + m, fixed.y - fixed.r);
    // The stick's ring, centred on the thumb, keeps left of the student drawn mid-screen.
    const stickRight = Math.min(zoneRight, placed.focus.x - STUDENT_CLEAR.side * unit - stickR);
    placed.stick = { zone: { x: safe.x, y: zoneTop, width: Math.max(0, stickRight - safe.x), height: Math.max(0, bottom - zoneTop) }, fixed };
    const leftEdge = fixed.x + fixed.r;
    placed.captions = { x: (leftEdge + zoneRight) / 2, y: bottom - m, maxWidth: Math.max(0, zoneRight - leftEdge - m) };
  } else {
    // Portrait: the item buttons in a row across the screen, above the band of the stick and the arcs.
    const rowY = buttons.sneak.y - RING_R * unit - m - ITEM_R * unit;
    const first = safe.x + m + ITEM_R * unit;
    const last = right - m - ITEM_R * unit;
    items.forEach((item, i) => (buttons[item] = { x: first + ((last - first) * i) / (items.length - 1), y: rowY, r: ITEM_R * unit }));
    const rowTop = rowY - ITEM_R * unit;
    const zoneTop = rowY + ITEM_R * unit + m;
    const zoneRight = buttons.interact.x - buttons.interact.r - m;
    placed.goal = { x: safe.x + m, y: panel.y + panel.height + 8, align: 'left', maxWidth: safe.width - 2 * m };
    placed.captions = { x: safe.x + safe.width / 2, y: rowTop - m, maxWidth: safe.width - 2 * m };
    const viewTop = placed.goal.y + 24 * unit;
    placed.focus = { x: safe.x + safe.width / 2, y: (viewTop + rowTop) / 2 };
    // The stick's ring, centred on the thumb, keeps below the student.
    const stickTop = Math.max(zoneTop, placed.focus.y + STUDENT_CLEAR.below * unit + stickR);
    placed.stick = { zone: { x: safe.x, y: stickTop, width: Math.max(0, zoneRight - safe.x), height: Math.max(0, bottom - stickTop) }, fixed };
  }
}

function place(width: number, height: number, rawInsets: Insets, options: LayoutOptions): ScreenLayout {
  const w = Number.isFinite(width) && width > 0 ? width : 1;
  const h = Number.isFinite(height) && height > 0 ? height : 1;
  const insets = {
    top: clampInset(rawInsets.top, h),
    right: clampInset(rawInsets.right, w),
    bottom: clampInset(rawInsets.bottom, h),
    left: clampInset(rawInsets.left, w),
  };
  const safe: Rect = { x: insets.left, y: insets.top, width: w - insets.left - insets.right, height: h - insets.top - insets.bottom };
  const right = safe.x + safe.width;
  const bottom = safe.y + safe.height;
  const orientation = h > w ? 'portrait' : 'landscape';
  const unit = Math.min(1.5, Math.max(0.92, Math.min(safe.width, safe.height) / 390));
  const m = MARGIN * unit;

  const panel: Rect = { x: safe.x + 8, y: safe.y + 8, width: options.hudPanel.width, height: options.hudPanel.height };
  const buttons: Partial<Record<ButtonId, Circle>> = {};
  const corner = CORNER_R * unit;
  buttons.pause = { x: right - m - corner, y: safe.y + m + corner, r: corner };
  if (options.fullscreen) {
    buttons.fullscreen = { x: buttons.pause.x - 2 * corner - m, y: buttons.pause.y, r: corner };
    // A narrow screen: below the pause button rather than over the HUD panel.
    if (circleHitsRect(buttons.fullscreen, panel, MIN_GAP)) buttons.fullscreen = { x: buttons.pause.x, y: buttons.pause.y + 2 * corner + m, r: corner };
  }
  const leftmostCorner = Math.min(...[buttons.pause, buttons.fullscreen].filter((c) => c !== undefined).map((c) => c.x - c.r));

  const placed: Placed = {
    stick: null,
    focus: { x: safe.x + safe.width / 2, y: safe.y + safe.height / 2 },
    goal: { x: leftmostCorner - m, y: safe.y + m, align: 'right', maxWidth: leftmostCorner - m - (panel.x + panel.width) - m },
    captions: { x: safe.x + safe.width / 2, y: bottom - m, maxWidth: safe.width - 2 * m },
  };
  if (options.touch) placeTouchControls({ safe, panel, buttons, unit, orientation, light: options.light }, placed);

  const layout: ScreenLayout = {
    width: w,
    height: h,
    orientation,
    unit,
    safe,
    hud: { panel, goal: placed.goal, captions: placed.captions },
    buttons,
    stick: placed.stick,
    focus: placed.focus,
    problems: [],
    fits: true,
    rotateHint: false,
  };
  layout.problems = findProblems(layout);
  layout.fits = layout.problems.length === 0;
  return layout;
}

export function circleInRect(circle: Circle, rect: Rect): boolean {
  return circle.x - circle.r >= rect.x - 0.5 && circle.y - circle.r >= rect.y - 0.5 && circle.x + circle.r <= rect.x + rect.width + 0.5 && circle.y + circle.r <= rect.y + rect.height + 0.5;
}

export function circleHitsRect(circle: Circle, rect: Rect, gap = 0): boolean {
  const nearestX = Math.max(rect.x, Math.min(circle.x, rect.x + rect.width));
  const nearestY = Math.max(rect.y, Math.min(circle.y, rect.y + rect.height));
  return Math.hypot(circle.x - nearestX, circle.y - nearestY) < circle.r + gap;
}

/** Whether two rectangles share any area. */
export function rectsMeet(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** What is wrong with a layout: each as "what overlaps what" or "what leaves the safe area". */
export function findProblems(layout: ScreenLayout): string[] {
  const problems: string[] = [];
  const placed = Object.entries(layout.buttons) as [ButtonId, Circle][];
  if (layout.stick !== null) placed.push(['stick' as ButtonId, layout.stick.fixed]);
  for (const [id, circle] of placed) {
    if (!circleInRect(circle, layout.safe)) problems.push(`${id} leaves the safe area`);
    if (circleHitsRect(circle, layout.hud.panel, MIN_GAP)) problems.push(`${id} covers the HUD panel`);
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const [a, ca] = placed[i]!;
      const [b, cb] = placed[j]!;
      if (Math.hypot(ca.x - cb.x, ca.y - cb.y) < ca.r + cb.r + MIN_GAP) problems.push(`${a} and ${b} overlap`);
    }
  }
  if (layout.hud.goal.maxWidth < 120) problems.push('no room for the goal line');
  if (layout.stick !== null && (layout.stick.zone.width < 2 * layout.stick.fixed.r || layout.stick.zone.height < 2 * layout.stick.fixed.r)) problems.push('no room for the stick');
  if (layout.stick !== null && circleHitsRect({ x: layout.focus.x, y: layout.focus.y, r: 16 }, layout.hud.panel)) problems.push('the student would be drawn under the HUD');
  return problems;
}

/** The touch button under a point, if any (a little larger than drawn: fingers are not pixels). */
export function buttonAt(layout: ScreenLayout, x: number, y: number, slack = 1.15): ButtonId | undefined {
  let best: ButtonId | undefined;
  let bestDistance = Infinity;
  for (const [id, circle] of Object.entries(layout.buttons) as [ButtonId, Circle][]) {
    const distance = Math.hypot(x - circle.x, y - circle.y);
    if (distance <= circle.r * slack && distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}
