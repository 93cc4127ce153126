/**
 * Where the sound captions go: at their spot at the bottom (above the touch buttons or the slot
 * bar, and above the tutorial's prompt when it is at the bottom), unless they would cover the
 * controlled student there (captions stacked over a bottom prompt on a phone, at 150% text, reached
 * up to the student's head); then at the top, just under the HUD's top words. Pure geometry in
 * screen pixels.
 */

import { STUDENT_CLEAR, type Rect, type ScreenLayout } from './screen-layout';

/** The box round the controlled student, drawn at the layout's focus, that captions keep off. */
export function studentBox(layout: Pick<ScreenLayout, 'focus' | 'unit'>): Rect {
  const { focus, unit } = layout;
  return { x: focus.x - STUDENT_CLEAR.side * unit, y: focus.y - STUDENT_CLEAR.above * unit, width: 2 * STUDENT_CLEAR.side * unit, height: (STUDENT_CLEAR.above + STUDENT_CLEAR.below) * unit };
}

/**
 * The captions' bottom: `wanted`, or where a box `width` x `height` centred on `x` covers nothing
 * of `student` when `wanted` does: its top at `highest` (the lowest of the HUD's top words).
 */
export function captionsBottom(x: number, width: number, height: number, wanted: number, student: Rect, highest: number): number {
  const covers = (bottom: number): boolean => x - width / 2 < student.x + student.width && student.x < x + width / 2 && bottom - height < student.y + student.height && student.y < bottom;
  return covers(wanted) ? highest + height : wanted;
}
