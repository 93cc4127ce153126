/**
 * A play: one level being played, from the moment it starts (or a save loads) until the next one
 * starts. The play scene makes it and hands it to the scenes that show the play (HUD, touch
 * controls, the end screen, "What happened?") in their scene data; the testing hook and the saves
 * find the play running now as `appOf(game).play`. Nothing here outlives the play, and nothing
 * here is a rule: those are in the core.
 */

import type { CampaignState, Command, Level, Recording, Simulation, Snapshot } from '../core';
import type { PlayerControls } from './input/player-controls';
import type { TouchState } from './input/touch-state';
import type { NoticeShown } from './render/notice-marks';
import type { ThreatShown } from './render/threat-edges';
import type { GoalArrowShown } from './render/objective-edges';
import type { DoorMarks } from './render/door-view';
import type { Tutor } from './tutorial/tutor';
import { currentLayout } from './layout/live-layout';
import type { Rect } from './layout/screen-layout';

export interface DebugStats {
  cones: number;
  goals: number;
  trailTiles: number;
  detections: string[];
  /** Noise rings drawn (each noise's reach, for a second). */
  rings: number;
  /** Zombie routes drawn. */
  paths: number;
  /** Illegal state transitions the simulation skipped (a rule bug; shown in red when above 0). */
  illegalTransitions: number;
  /** The draw depth of the cones, routes and labels (src/game/render/depths.ts): above the lighting and the fog. */
  depth: number;
}

/** What the play scene draws over the map, and switches for measuring its cost (`hyosan.look`). */
export interface LookState {
  /** Lighting (darkness, window light, phone cones, fires) is drawn. `?light=0` starts it off. */
  light: boolean;
  /** Fog of war is drawn. `?fog=0` starts it off. */
  fog: boolean;
  /** Phone lights and fires drawn last frame. */
  lights: number;
  /** Brightness 0..1 of the controlled student's tile as drawn, or null without a level. */
  brightnessHere: number | null;
  /** Sound rings and edge markers drawn last frame. */
  rings: number;
  edgeMarkers: number;
  /** Where a halfbie student heard something (render/hearing-view.ts): markers drawn last frame. */
  heardMarkers: number;
  /** The line over the controlled student while thunder or the bell covers their steps, or null. */
  coverHint: string | null;
  /** The aimed throw's preview drawn last frame (render/throw-preview.ts): landing tile, hearing radius, device, whether it lands short of the aimed tile; or null. */
  throwPreview: { tileX: number; tileY: number; hearingRadius: number; by: 'mouse' | 'touch' | 'pad'; short: boolean } | null;
  /** Doors marked over the darkness last drawn (render/door-view.ts): closed, locked, barricaded. */
  doorMarks: DoorMarks;
  /** Reduced motion in effect (no shake, no bobbing, no white flashes, fewer particles). */
  reducedMotion: boolean;
  /** Seen / heard badges on students drawn last frame (render/notice-marks.ts). */
  notices: NoticeShown[];
  /** Arrows at the screen's edge toward zombies hunting from off screen (render/threat-edges.ts), drawn last frame. */
  threats: ThreatShown[];
  /** Arrows at the screen's edge toward what the level needs next, off screen (render/objective-edges.ts), drawn last frame. */
  goalArrows: GoalArrowShown[];
  /** The caption naming a coloured mark the first time one is on the screen (render/mark-captions.ts), or null. */
  markCaption: { kind: string; text: string } | null;
}

export interface PlaySession {
  readonly level: Level;
  readonly simulation: Simulation;
  readonly seed: number | string;
  /** The campaign the level was started with (the group, packs and time from camp), or undefined for a single level. */
  readonly campaign: CampaignState | undefined;
  /** The snapshot of the last tick, shared by the play and HUD scenes. */
  latest: Snapshot;
  /** Commands from `hyosan.send`, applied at the next tick with the player's own. */
  queued: Command[];
  /** What the AI debug overlay drew last frame (for tests), or undefined when it is off. */
  debugStats: DebugStats | undefined;
  /** What the play scene drew last frame (lighting, fog, rings), for `hyosan.look`. */
  look: LookState | undefined;
  /**
   * Preview overrides for screenshots (`hyosan.look({ daylight, phoneLight })`), drawn only: the
   * core's light map under another daylight, or with the controlled student's phone light on.
   * They change nothing in the game; without them the snapshot's own light is drawn.
   */
  lookPreview: { daylight?: number; phoneLight?: boolean };
  /** The level's input (for the testing hook and the tutorial's device), until the play scene shuts down. */
  controls: PlayerControls | undefined;
  /** The touch controls' state, until the play scene shuts down. */
  touch: TouchState | undefined;
  /** The first-run tutorial of this play (src/game/tutorial), or undefined. */
  tutor: Tutor | undefined;
  /** Where the tutorial's prompt is drawn (game pixels: centre x, top y, size), or null. */
  promptBox: { x: number; y: number; width: number; height: number } | null;
  /** Where the HUD's goal lines are drawn (game pixels: left, top, size), or null when there are none. */
  goalBox: { x: number; y: number; width: number; height: number } | null;
  /** Where the HUD's sound captions are drawn (game pixels: left, top, size), or null when none are shown. */
  captionsBox: { x: number; y: number; width: number; height: number } | null;
  /** The banner's text over the level now (objective news, refusals, save notices), or null. */
  banner: string | null;
  /** Where the banner is drawn (game pixels: left, top, size), or null when it is not shown. */
  bannerBox: { x: number; y: number; width: number; height: number } | null;
  /** The last thing the player asked for that could not be done, in their words (the HUD shows it); `serial` counts them. */
  refusal: { text: string; serial: number } | undefined;
  /** The last seconds of the level, once it is lost, to replay them ("What happened?"). */
  lossRecording: Recording | undefined;
}

/** A new play of `level` on a simulation just made for it. */
export function createPlaySession(level: Level, simulation: Simulation, seed: number | string, campaign: CampaignState | undefined): PlaySession {
  return {
    level,
    simulation,
    seed,
    campaign,
    latest: simulation.snapshot(),
    queued: [],
    debugStats: undefined,
    look: undefined,
    lookPreview: {},
    controls: undefined,
    touch: undefined,
    tutor: undefined,
    promptBox: null,
    goalBox: null,
    captionsBox: null,
    banner: null,
    bannerBox: null,
    refusal: undefined,
    lossRecording: undefined,
  };
}

/** The HUD's words over the level (the tutorial's prompt, the sound captions, the banner) as screen boxes (game px: left, top, size), for what the level draws to keep out from under. */
export function hudBoxes(play: PlaySession): { x: number; y: number; width: number; height: number }[] {
  const boxes = [play.captionsBox, play.bannerBox].filter((box) => box !== null);
  const prompt = play.promptBox;
  if (prompt !== null) boxes.push({ x: prompt.x - prompt.width / 2, y: prompt.y, width: prompt.width, height: prompt.height });
  return boxes;
}

/**
 * Everything of the HUD over the level as screen boxes (game px): its words (`hudBoxes`), the status
 * panel, the goal lines, the pause and fullscreen buttons and the touch buttons (src/game/layout
 * places them). Arrows and markers the level draws keep to the screen these leave free.
 */
export function hudCover(play: PlaySession): Rect[] {
  const layout = currentLayout();
  const covers: Rect[] = [...hudBoxes(play), layout.hud.panel];
  // The goal lines' whole band, as wide as they may wrap: their text changes in the HUD after the level
  // draws (an objective done), and the arrow drawn with last frame's box sat under the new lines.
  const goal = layout.hud.goal;
  const height = Math.max(play.goalBox?.height ?? 0, 48 * layout.unit);
  covers.push({ x: goal.align === 'right' ? goal.x - goal.maxWidth : goal.x, y: goal.y, width: goal.maxWidth, height });
  if (play.goalBox !== null) covers.push(play.goalBox);
  for (const button of Object.values(layout.buttons)) covers.push({ x: button.x - button.r, y: button.y - button.r, width: 2 * button.r, height: 2 * button.r });
  return covers;
}
