/**
 * A menu row's label as drawn: its focus mark (▶) or the room for it, then its words. A row too
 * wide for its value beside it (menu-list.ts `layout`) wraps its label to the row's width, and
 * Phaser's wrap drops the spaces a line starts with: a wrapped row lost the room for the mark and
 * stood left of the others (level select's long titles, on a phone and at 150% text). Here the
 * words are wrapped first, and each line starts with the room, in no-break spaces the wrap keeps.
 */

import type Phaser from 'phaser';
import type { Box } from './menu-types';

/** The room for the focus mark on a row without it, and before a wrapped label's later lines. */
export const MARK_ROOM = '\u00a0\u00a0';

/** The label text for `text` (a row's label, wrapped to its row or not), with the mark when `focused`. */
export function rowLabel(text: Phaser.GameObjects.Text, label: string, focused: boolean): string {
  const mark = focused ? '▶ ' : MARK_ROOM;
  const wrap = text.style.wordWrapWidth;
  if (wrap === null || wrap === undefined) return mark + label;
  text.setWordWrapWidth(null);
  const room = Math.max(text.setText('▶\u00a0').width, text.setText(MARK_ROOM).width);
  text.setWordWrapWidth(wrap - room, true);
  const lines = text.getWrappedText(label);
  text.setWordWrapWidth(wrap, true);
  return mark + lines.join(`\n${MARK_ROOM}`);
}

/** The lines a text shows, as its own wrapping breaks them (what the testing hook reports). */
export function drawnText(text: Phaser.GameObjects.Text): string {
  return text.getWrappedText().join('\n');
}

/** Where an object of a row is drawn (game px), for the testing hook. */
export function boxOf(object: Phaser.GameObjects.Text | Phaser.GameObjects.Rectangle): Box {
  const bounds = object.getBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
}
