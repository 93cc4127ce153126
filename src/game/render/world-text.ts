/**
 * Words drawn in the level's world (a student's name tag, a fallen one's call for help, a lure's
 * name): one font size and one scale rule, so each is readable on a phone and grows with the
 * text-size setting.
 */

import { settings } from '../settings/settings';

/** The font size (px) world words are made at; the scale below sets how big they are drawn. */
export const WORLD_FONT_PX = 14;
/** The least a world word is drawn at on the screen at text size 100% (a phone's zoom of 2 drew the name at 10 px). */
const WORLD_SCREEN_PX = 13;

/** A world word's scale at camera `zoom`: a third of its font at the usual zoom, never under WORLD_SCREEN_PX on the screen, grown by the text size. */
export function worldTextScale(zoom: number): number {
  return Math.max(0.35, WORLD_SCREEN_PX / (WORLD_FONT_PX * zoom)) * settings().accessibility.textSize;
}
