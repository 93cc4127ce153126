/**
 * Draw order of the play scene, bottom to top. Characters and items are sorted by their y in
 * pixels (0 .. a 512-tile map's 8,192), so every overlay sits far above that band.
 */

/** Tile layers: floor, decals, furniture below the characters; walls just under them. */
export const WALLS_DEPTH = -1;
/** Darkness and lights (light-view.ts), over everything on the floor. */
export const LIGHT_DEPTH = 90_000;
/** Warm glow of fires, added on top of the darkness. */
export const GLOW_DEPTH = 90_100;
/** Names and ?/! markers over characters: readable in the dark, hidden by fog. */
export const LABEL_DEPTH = 91_000;
/** Fog of war (fog-view.ts). */
export const FOG_DEPTH = 95_000;
/** What is heard is shown even where nothing is seen: sound rings and hit numbers. */
export const SOUND_RING_DEPTH = 96_000;
export const FLOAT_TEXT_DEPTH = 96_500;
/** The exit marker: the goal is always marked, fog or not. */
export const GOAL_DEPTH = 97_000;
/** The seen / heard notice on a student (notice-marks.ts): over everything in the level, fog and goal included. */
export const NOTICE_DEPTH = 97_500;
