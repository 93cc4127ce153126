/**
 * The levels shipped with the game, read as raw text (so a syntax error is reported with its line
 * and column instead of breaking the build) and parsed by the core on demand.
 *
 * For designers, in the dev server:
 * - hot reload: vite.config.ts sends `hyosan:level-changed` with a saved file's text; the library
 *   updates its copy and tells `onLevelChanged` listeners. `installLevelDevTools` restarts the
 *   level being played in place (same seed, camera kept), shows the error screen for a broken save,
 *   and brings the level back once the file is fixed.
 * - `?level=<id>` opens a shipped level directly; `?level=levels/<path>.json` fetches any file
 *   under levels/ from the dev server (a *draft*: playable, but not in `levelIds()`).
 *
 * Page-wide state: the level files the page has (shipped, and drafts from the dev server) and who
 * listens for their changes: files outlive plays.
 */

import type Phaser from 'phaser';
import { parseLevel, levelIdFromFile } from '../core';
import type { LevelError, LevelResult } from '../core';
import type { Level } from '../core';
import { appOf } from './app-state';
import { CAMPAIGN_FILE, parseCampaign, type Campaign, type CampaignResult } from '../core';

const files = import.meta.glob(['../../levels/*.json', '!../../levels/campaign.json'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const campaignText = import.meta.glob('../../levels/campaign.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

interface LevelSource {
  id: string;
  /** Path from the project root, e.g. `levels/01-classroom-wing.json`; the level's `file`. */
  file: string;
  text: string;
}

/** How many times this page has parsed a level file: a save's check must not add to it (`levelParseCount`). */
let levelParses = 0;
function parseCounted(text: string, file: string): LevelResult<Level> {
  levelParses++;
  return parseLevel(text, file);
}
/** How many level files this page has parsed (the testing hook: a save's check parses none). */
export const levelParseCount = (): number => levelParses;

/** The campaign: levels/*.json, by id. */
const sources = new Map<string, LevelSource>();
/** Each campaign level parsed once per text, for read-only use (`sharedLevel`). */
const parsedOnce = new WeakMap<LevelSource, LevelResult<Level>>();
/** Files opened with `?level=<path>`, by file. */
const drafts = new Map<string, LevelSource>();

for (const [path, text] of Object.entries(files)) addSource(`levels/${path.split('/').pop()!}`, text);

function addSource(file: string, text: string): void {
  if (file === CAMPAIGN_FILE) return;
  if (/^levels\/[^/]+\.json$/.test(file)) sources.set(levelIdFromFile(file), { id: levelIdFromFile(file), file, text });
  else drafts.set(file, { id: levelIdFromFile(file), file, text });
}

/** Ids of the playable levels, in campaign order (file names sort by their number prefix). */
export function levelIds(): string[] {
  return [...sources.keys()].sort((a, b) => a.localeCompare(b));
}

/** The campaign (levels/campaign.json): order, titles and the siege; errors name the file like a level's. */
export function loadCampaign(): CampaignResult {
  const text = Object.values(campaignText)[0];
  if (text === undefined) return { ok: false, errors: [{ file: CAMPAIGN_FILE, path: [], message: 'campaign file is missing (got no file; expected levels/campaign.json)' }] };
  return parseCampaign(text, levelIds());
}

export type { Campaign };

export function loadLevel(id: string): LevelResult<Level> {
  const source = sources.get(id);
  if (source === undefined) {
    return { ok: false, errors: [{ file: `levels/${id}.json`, path: [], message: `no such level (got ${JSON.stringify(id)}; expected one of ${levelIds().join(', ')})` }] };
  }
  return parseCounted(source.text, source.file);
}

/**
 * A campaign level parsed once (again only when its file changes): for looking at, never for
 * playing or changing (a save's check runs at every autosave, and parsing the level took most of it).
 */
export function sharedLevel(id: string): LevelResult<Level> {
  const source = sources.get(id);
  if (source === undefined) return loadLevel(id);
  let parsed = parsedOnce.get(source);
  if (parsed === undefined) {
    parsed = parseCounted(source.text, source.file);
    parsedOnce.set(source, parsed);
  }
  return parsed;
}

/** Parses the current text of any known level file (campaign or draft). */
export function loadLevelFile(file: string): LevelResult<Level> | undefined {
  const source = [...sources.values()].find((s) => s.file === file) ?? drafts.get(file);
  return source === undefined ? undefined : parseCounted(source.text, source.file);
}

// ------------------------------------------------------------------------------------------------
// Hot reload

export interface LevelChange {
  /** Path from the project root, e.g. `levels/01-classroom-wing.json`. */
  file: string;
  id: string;
  /** False when the file was deleted. */
  exists: boolean;
}

type LevelListener = (change: LevelChange) => void;
const listeners = new Set<LevelListener>();

/** Calls `listener` after a level file changes on disk (dev server only). Returns the unsubscribe. */
export function onLevelChanged(listener: LevelListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The payload of the dev server's `hyosan:level-changed` event (see vite.config.ts). */
export interface LevelChangedEvent {
  file: string;
  /** The file's new text; null when it was deleted. */
  text: string | null;
}

function applyChange({ file, text }: LevelChangedEvent): void {
  if (typeof file !== 'string' || !isLevelPath(file)) return;
  if (text === null) {
    sources.delete(levelIdFromFile(file));
    drafts.delete(file);
  } else if (/^levels\/[^/]+\.json$/.test(file) || drafts.has(file)) {
    addSource(file, text);
  } else {
    return; // a file under levels/ nobody has opened: nothing to update
  }
  const change: LevelChange = { file, id: levelIdFromFile(file), exists: text !== null };
  for (const listener of [...listeners]) listener(change);
}

if (import.meta.hot) import.meta.hot.on('hyosan:level-changed', (data: LevelChangedEvent) => applyChange(data));

export interface CameraScroll {
  scrollX: number;
  scrollY: number;
}

/**
 * Starts the play scene from `scroll` instead of on the student, and follows the student again at
 * the first key or pointer press, so a reloaded level stays where the designer was looking.
 */
export function keepCameraAt(scene: Phaser.Scene, scroll: CameraScroll, target: Parameters<Phaser.Cameras.Scene2D.Camera['startFollow']>[0]): void {
  const camera = scene.cameras.main;
  camera.stopFollow();
  camera.setScroll(scroll.scrollX, scroll.scrollY);
  const follow = (): void => {
    scene.input.keyboard?.off('keydown', follow);
    scene.input.off('pointerdown', follow);
    if (scene.sys.isActive()) camera.startFollow(target, true, 0.2, 0.2);
  };
  scene.input.keyboard?.once('keydown', follow);
  scene.input.once('pointerdown', follow);
}

// ------------------------------------------------------------------------------------------------
// Designer tools: hot restart and ?level=

/** Accepts `id`, `levels/x.json`, `x.json`, `drafts/x.json`; returns a path under levels/, or undefined. */
export function levelPathFromQuery(value: string): string | undefined {
  const path = value.replace(/^\.?\//, '');
  const file = path.startsWith('levels/') ? path : `levels/${path}`;
  return isLevelPath(file) ? file : undefined;
}

function isLevelPath(file: string): boolean {
  return /^levels\/(?:[\w-]+\/)*[\w.-]+\.json$/.test(file) && !file.split('/').some((part) => part === '..' || part === '.') && !file.startsWith('levels/schema/');
}

/**
 * Wires the designer tools into a running game: restarts the level being played when its file
 * changes (dev server), and opens `?level=` once the title screen is up. Safe in a production
 * build, where no file changes arrive and `?level=<id>` still works.
 */
export function installLevelDevTools(game: Phaser.Game, search = window.location.search): void {
  const app = appOf(game);
  /** The file whose broken save is on the error screen, and the camera to return to. */
  let broken: { file: string; camera: CameraScroll | undefined } | undefined;

  const cameraNow = (): CameraScroll | undefined => {
    const play = game.scene.getScene('play');
    if (play === null || !play.sys.isActive()) return undefined;
    return { scrollX: play.cameras.main.scrollX, scrollY: play.cameras.main.scrollY };
  };

  const show = (result: LevelResult<Level>, options: { seed: number | string; camera?: CameraScroll | undefined; file: string }): void => {
    for (const scene of game.scene.getScenes(true)) game.scene.stop(scene.scene.key);
    app.screen = 'boot';
    if (result.ok) {
      broken = undefined;
      game.scene.start('play', { level: result.level, seed: options.seed, camera: options.camera });
    } else {
      broken = { file: options.file, camera: options.camera };
      app.errors = result.errors;
      game.scene.start('error');
    }
  };

  onLevelChanged((change) => {
    const playing = app.screen === 'playing' || app.screen === 'won' || app.screen === 'lost';
    const isPlayed = playing && app.play?.level.file === change.file;
    const isBroken = app.screen === 'error' && broken?.file === change.file;
    if (!isPlayed && !isBroken) return;
    const camera = isPlayed ? cameraNow() : broken?.camera;
    const result = change.exists ? loadLevelFile(change.file) : undefined;
    const gone: LevelResult<Level> = { ok: false, errors: [{ file: change.file, path: [], message: 'level file was deleted (got no file; expected the level file to exist)' }] };
    show(result ?? gone, { seed: app.play?.seed ?? 1, camera, file: change.file });
  });

  const query = new URLSearchParams(search);
  const requested = query.get('level');
  if (requested === null || requested === '') return;
  const seed = query.get('seed') ?? 1;
  const atTitle = (screen: string): void => {
    if (screen !== 'title') return;
    app.onScreen.delete(atTitle);
    // Let the title scene finish creating before replacing it.
    setTimeout(() => void openRequested(requested).then((result) => show(result.level, { seed, file: result.file })), 0);
  };
  app.onScreen.add(atTitle);
}

/** The level `?level=` or `?edit=` asks for: a shipped id, or a file under levels/ fetched from the dev server. */
export async function openRequested(requested: string): Promise<{ level: LevelResult<Level>; file: string }> {
  if (sources.has(requested)) {
    const source = sources.get(requested)!;
    return { level: parseCounted(source.text, source.file), file: source.file };
  }
  const file = levelPathFromQuery(requested);
  const fail = (message: string): { level: LevelResult<Level>; file: string } => {
    const error: LevelError = { file: file ?? requested, path: [], message };
    return { level: { ok: false, errors: [error] }, file: file ?? requested };
  };
  if (file === undefined) return fail(`no such level (got ${JSON.stringify(requested)}; expected one of ${levelIds().join(', ')}, or a path under levels/ ending in .json)`);
  const shipped = sources.get(levelIdFromFile(file));
  if (shipped?.file === file) return { level: parseCounted(shipped.text, file), file };
  try {
    const response = await fetch(new URL(file, document.baseURI), { cache: 'no-store' });
    if (response.status === 404) return fail(`level file not found (got HTTP 404 for ${file}; expected the file to exist under levels/)`);
    if (!response.ok) return fail(`cannot fetch the level (got HTTP ${response.status}; expected the file to exist under levels/ and the dev server to be running)`);
    const text = await response.text();
    // A missing file comes back from the dev server as its index.html page (status 200): that is "not found", not "bad JSON".
    if ((response.headers.get('content-type') ?? '').includes('text/html') || /^\s*</.test(text)) {
      return fail(`level file not found (got a web page instead of ${file}; expected the file to exist under levels/)`);
    }
    drafts.set(file, { id: levelIdFromFile(file), file, text });
    return { level: parseCounted(text, file), file };
  } catch (error) {
    return fail(`cannot fetch the level (got ${JSON.stringify((error as Error).message)}; expected the dev server to be running)`);
  }
}
