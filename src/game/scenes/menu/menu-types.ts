/** What a menu is made of (its rows, the area it is drawn in) and what it reports of itself to the testing hook. */

export interface MenuItem {
  /** Stable name for tests and for keeping the focus across a redraw, e.g. `'newGame'`. */
  id: string;
  label: () => string;
  /** Shown at the right; adjustable items show it between ◀ ▶. */
  value?: () => string;
  /** Confirm (Enter, A, a tap on the label). */
  activate?: () => void;
  /** Left/right (or a tap on either half of the value). */
  adjust?: (step: -1 | 1) => void;
  /** Disabled rows are shown dimmed and skipped by up/down. */
  enabled?: () => boolean;
}

export interface MenuArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a menu shows, for the testing hook. */
export interface MenuState {
  scene: string;
  focus: string;
  /**
   * `at`: the row's centre, `box`: the row, `textBoxes`: its label and value as drawn (after any
   * shrinking), all in game pixels while the row is on screen (the hook turns them into page pixels).
   */
  items: { id: string; label: string; value: string | null; enabled: boolean; at: { x: number; y: number } | null; box: Box | null; textBoxes: (Box & { text: string })[] }[];
}
