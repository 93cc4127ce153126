/**
 * Play: runs one level. Each frame: read input -> run whole ticks of the core simulation ->
 * turn its events into effects -> draw the snapshot between the last two ticks.
 * This scene owns no rules; it translates.
 */

import Phaser from 'phaser';
import { createFixedStep, createRollingRecord, createSimulation, MAX_TICKS_PER_FRAME, TICK_MS, TICKS_PER_SECOND, standingCount } from '../../core';
import type { FixedStep, Level, RollingRecord, SimState, Simulation, Snapshot } from '../../core';
import { soundBoard } from '../audio/sound-board';
import { inputSettings } from '../input/input-settings';
import { createPlayerControls, type PlayerControls } from '../input/player-controls';
import { TOUCH_SCENE, type TouchSceneData } from '../input/touch-scene';
import { TouchState } from '../input/touch-state';
import { currentLayout } from '../layout/live-layout';
import { noteFrame, noteTickTime } from '../loop-stats';
import { clearPause, pauseGame } from '../pause';
import { keepCameraAt, loadLevel, type CameraScroll } from '../level-library';
import { EntityView } from '../render/entity-view';
import { isDebugRequested, loadDebugOverlay, type DebugOverlay } from '../render/debug-request';
import { DoorLayerView } from '../render/door-view';
import { FurnitureLayerView } from '../render/furniture-view';
import { FixtureLayerView } from '../render/fixture-view';
import { noteRefusals } from '../refusal-text';
import { TappedWalk } from '../walk-end';
import { labelRect } from '../render/label-stack';
import { screenBoxesToWorld } from '../render/edge-arrow';
import { PlayOverlays } from '../render/play-overlays';
import { FogView } from '../render/fog-view';
import { LightView, lookSwitches } from '../render/light-view';
import { createLevelView, type LevelView } from '../render/level-view';
import { TILE_SIZE } from '../render/sprite-layout';
import { followWithCamera } from './play-camera';
import { keepPlayHonest } from './play-focus';
import { appOf, setScreen, type AppState } from '../app-state';
import { createPlaySession, hudCover, type PlaySession } from '../play-session';
import { campaignProgress } from '../campaign-progress';
import { settings } from '../settings/settings';
import type { EndSceneData } from './end-scene';
import type { HudData } from './hud-scene';
import { createAutosaver, type Autosaver } from '../save/autosave';
import { carryToCamp } from '../save/camp-save';
import { noteRefusedSave } from '../save/play-save';
import type { SlotId } from '../save/store';
import { arriveAtCamp } from '../camp-actions';
import { currentDevice, sightOn, startTutor } from '../tutorial/tutorial-run';
import type { LessonView } from '../tutorial/lessons';

export interface PlayData {
  levelId?: string;
  /** A level already parsed (from `hyosan.loadLevelText`); wins over `levelId`. */
  level?: Level;
  seed: number | string;
  /** Where the camera was before a hot reload restarted the level (dev server): start there. */
  camera?: CameraScroll | undefined;
  /** Continue from a saved state (a loaded save) instead of the level's start. */
  state?: SimState;
  /** Where that state was loaded from (named if the level refuses it). */
  from?: SlotId | 'file';
}

export class PlayScene extends Phaser.Scene {
  /** The play this scene runs: made afresh each time a level starts or a save loads. */
  private play!: PlaySession;
  private app!: AppState;
  private simulation!: Simulation;
  private fixedStep!: FixedStep;
  private controls!: PlayerControls;
  private entities!: EntityView;
  private overlays!: PlayOverlays;
  /** The AI debug overlay, once asked for and fetched (render/debug-request.ts). */
  private debug: DebugOverlay | undefined;
  private fog!: FogView;
  private light!: LightView;
  private doors!: DoorLayerView;
  private furniture!: FurnitureLayerView;
  private fixtures!: FixtureLayerView;
  private levelView!: LevelView;
  private previous!: Snapshot;
  private current!: Snapshot;
  private ended = false;
  private autosaver!: Autosaver;
  /** The last seconds, kept to replay them when the level is lost ("What happened?"). */
  private record!: RollingRecord;
  private sees!: LessonView['sees'];
  /** The tapped walk under way, to say why it ended short. */
  private readonly walk = new TappedWalk();

  constructor() {
    super('play');
  }

  create(data: PlayData): void {
    // Usually started by the title already; a level opened some other way starts it here.
    soundBoard().load();
    this.app = appOf(this.game);
    const result = data.level !== undefined ? { ok: true as const, level: data.level } : loadLevel(data.levelId ?? '');
    if (!result.ok) {
      this.app.errors = result.errors;
      this.scene.start('error');
      return;
    }
    const level = result.level;
    if (!this.startSimulation(data, level) || !this.createViews(level)) return;
    const touch = new TouchState(currentLayout(), inputSettings().stickMode);
    const mouseAim: TouchSceneData['mouseAim'] = { at: null };
    const tileAt = (x: number, y: number): { tileX: number; tileY: number } => {
      const point = this.cameras.main.getWorldPoint(x, y);
      return { tileX: Math.floor(point.x / TILE_SIZE), tileY: Math.floor(point.y / TILE_SIZE) };
    };
    this.controls = createPlayerControls(this, {
      touch: () => touch,
      onPause: () => pauseGame(this.game, 'player'),
      latest: () => this.play.latest,
      tileAt,
      mouseAim: () => (mouseAim.at === null ? null : tileAt(mouseAim.at.x, mouseAim.at.y)),
    });
    const play = this.play;
    play.controls = this.controls;
    play.touch = touch;

    const stopFollowing = followWithCamera(this, this.entities.focus, level, () => this.app.stepLock.locked);
    const stopListening = keepPlayHonest(this, this.controls, {
      resetClock: () => this.fixedStep.reset(),
      redraw: () => this.redrawLight(),
    });
    this.events.once('shutdown', () => {
      stopFollowing();
      stopListening();
      this.scene.stop(TOUCH_SCENE);
      play.controls = undefined;
      play.touch = undefined;
      this.entities.destroy();
      this.light.destroy();
      this.overlays.destroy();
      this.doors.destroy();
      play.look = undefined;
      play.tutor = undefined;
    });

    this.scene.launch('hud', { play } satisfies HudData);
    const wiring: TouchSceneData = {
      touch,
      worldPoint: (x, y) => ({ ...this.cameras.main.getWorldPoint(x, y) }),
      tapMap: (world) => this.controls.walkTo(Math.floor(world.x / TILE_SIZE), Math.floor(world.y / TILE_SIZE)),
      mouseAim,
      throwAt: (x, y) => {
        const { tileX, tileY } = tileAt(x, y);
        this.controls.throwAt(tileX, tileY);
      },
      pause: () => pauseGame(this.game, 'player'),
      play,
    };
    this.scene.launch(TOUCH_SCENE, wiring);
    this.fog.setEnabled(!this.debugShown() && !this.app.fogOff);
    this.fog.update(this.current);
    this.entities.draw(this.previous, this.current, 1, 0, this.fog);
    // Start on the student rather than gliding in from the map's corner.
    this.cameras.main.centerOn(this.entities.focus.x, this.entities.focus.y);
    if (data.camera !== undefined) keepCameraAt(this, data.camera, this.entities.focus);
    setScreen(this.app, 'playing');
    this.app.stepLock.drive(this);
    // A checkpoint at the start of every level (and of a loaded save out of danger), then as play goes on.
    this.autosaver = createAutosaver(this.simulation, play.campaign);
    void this.autosaver.saveAtStart(data.state !== undefined);
  }

  /** Makes the simulation (from the level's start, the campaign's group or a save) and the play around it; false when it cannot start. */
  private startSimulation(data: PlayData, level: Level): boolean {
    this.ended = false;
    // A campaign level brings the group, their packs and the time from camp; the difficulty is the player's setting.
    // A loaded save continues from its state.
    const campaign = this.app.campaign;
    try {
      // Not strict: an illegal state transition in a player's game is counted (debug overlay,
      // `hyosan.illegalTransitions`), not thrown.
      this.simulation = createSimulation(
        level,
        data.state !== undefined
          ? { seed: data.seed, state: data.state, difficulty: settings().difficulty, strict: false }
          : campaign === undefined
            ? { seed: data.seed, difficulty: settings().difficulty, strict: false }
            : { seed: data.seed, campaign, strict: false },
      );
    } catch (error) {
      // A save that does not fit its level: the save is named, not the level (which is fine), and the player told what to do.
      if (data.state !== undefined) {
        noteRefusedSave(data.from ?? 'file', error);
        this.scene.start('title');
      } else {
        this.app.errors = [{ file: level.file, path: [], message: `the level could not be started (${(error as Error).message})` }];
        this.scene.start('error');
      }
      return false;
    }
    const play = createPlaySession(level, this.simulation, data.seed, campaign);
    this.play = play;
    this.app.play = play;
    play.tutor = startTutor(play);
    this.sees = sightOn(level.grid);
    this.fixedStep = createFixedStep({ tickMs: TICK_MS, maxTicksPerFrame: MAX_TICKS_PER_FRAME });
    this.current = play.latest;
    this.previous = this.current;

    return true;
  }

  /** Draws the level and makes every view of it; false (and the error screen) when the level cannot be drawn. */
  private createViews(level: Level): boolean {
    this.cameras.main.setBackgroundColor('#07090f');
    try {
      this.levelView = createLevelView(this, level);
      this.doors = new DoorLayerView(this, this.levelView.map, level);
      this.furniture = new FurnitureLayerView(this.levelView.map);
      this.drawTiles();
    } catch (error) {
      // The checker should refuse whatever cannot be drawn; if something slips through, say so instead of a black page.
      this.app.errors = [{ file: level.file, path: [], message: `the game cannot draw this level (${error instanceof Error ? error.message : String(error)})` }];
      this.scene.start('error');
      return false;
    }
    this.fixtures = new FixtureLayerView(this, this.current);
    this.fog = new FogView(this, level, () => this.simulation.explored());
    this.entities = new EntityView(this, this.current);
    this.entities.device = () => currentDevice(this.play);
    this.light = new LightView(this, level);
    // `?light=0` / `?fog=0` start without them (measuring their cost); hyosan.look and
    // hyosan.perf.view switch them at run time through the app state.
    const switches = lookSwitches(window.location.search);
    if (!switches.light) this.app.lightOff = true;
    if (!switches.fog) this.app.fogOff = true;
    this.light.setEnabled(!this.app.lightOff);
    this.overlays = new PlayOverlays(this);
    // Rising words and badges keep clear of the names, the calls for help and the HUD (a "-13" lay on its banner).
    this.overlays.wordsClearOf = () => [...this.entities.nameBoxes().map(labelRect), ...screenBoxesToWorld(hudCover(this.play), this.cameras.main.worldView, this.cameras.main.zoom)];
    this.record = createRollingRecord(this.simulation);
    // `?debug=ai` shows the AI overlay in any build; F3 toggles it in dev builds.
    this.debug = undefined;
    if (isDebugRequested(window.location.search)) this.attachDebugOverlay();
    if (import.meta.env.DEV) this.input.keyboard?.on('keydown-F3', () => (this.debug === undefined ? this.attachDebugOverlay() : this.debug.toggle()));
    clearPause(this.game);
    return true;
  }

  /**
   * Draws the light layer again at once when a lost graphics context is back (the level is paused
   * then, and update() does not run); the baked level draws itself again.
   */
  private redrawLight(): void {
    this.light.invalidate();
    this.light.draw(this.current, this.entities.drawnStudents, this.time.now, this.lightPreview());
  }

  /** The AI debug view is for seeing everything: no fog while it is on. */
  private debugShown(): boolean {
    return this.debug?.isVisible === true;
  }

  /** Fetches the AI debug overlay and shows it, unless the level was left or restarted meanwhile. */
  private attachDebugOverlay(): void {
    const run = this.simulation;
    loadDebugOverlay().then(
      (Overlay) => {
        if (this.simulation !== run || this.debug !== undefined || !(this.sys.isActive() || this.sys.isPaused())) return;
        this.debug = new Overlay(this, this.play, true);
      },
      (error: unknown) => console.error('the AI debug overlay could not be fetched', error),
    );
  }

  override update(time: number, deltaMs: number): void {
    if (this.ended) return;
    this.controls.poll();
    // An urgent teaching prompt's first showing holds the game still until read (the game's pause, as the pause menu's: the core runs no tick).
    const held = this.play.tutor?.holdFrame(deltaMs) === true;
    if (held) this.fixedStep.reset();
    const ticks = held ? 0 : this.app.stepLock.ticksFor(this.fixedStep, deltaMs);
    noteFrame(deltaMs, ticks);
    // Only the frame's last two ticks are drawn (interpolated): earlier ones skip the snapshot.
    for (let i = 0; i < ticks && !this.ended; i++) this.tick(i >= ticks - 2);
    this.play.tutor?.update(this.current, this.sees, this.onScreen);
    if (this.light.isEnabled === this.app.lightOff) this.light.setEnabled(!this.app.lightOff);
    this.entities.reducedMotion = settings().accessibility.reducedMotion;
    this.fog.setEnabled(!this.debugShown() && !this.app.fogOff);
    this.fog.update(this.current);
    this.drawTiles();
    this.fixtures.draw(this.current, time, hudCover(this.play), this.entities.nameBoxes(), (x, y) => this.app.fogOff || this.fog.isExplored(x, y));
    this.entities.draw(this.previous, this.current, this.app.stepLock.locked ? 1 : this.fixedStep.alpha, time, this.fog, hudCover(this.play));
    this.light.draw(this.current, this.entities.drawnStudents, time, this.lightPreview());
    this.overlays.draw({
      simulation: this.simulation,
      snapshot: this.current,
      aim: this.controls.aim(),
      focus: this.entities.focus,
      students: this.entities.drawnStudents,
      timeMs: time,
      covers: hudCover(this.play),
    });
    this.reportLook();
    this.debug?.draw(this.current, this.simulation);
  }

  /** One tick and what its events set off; `look`: take its snapshot (a skipped one's events are placed with the one before, at most a few ticks old). */
  private tick(look: boolean): void {
    const commands = [...this.controls.commandsForTick(), ...this.play.queued.splice(0)];
    const tickStart = performance.now();
    const events = this.simulation.step(commands);
    if (look || this.simulation.status !== 'playing') {
      this.previous = this.current;
      this.current = this.simulation.snapshot();
    }
    noteTickTime(performance.now() - tickStart);
    this.play.latest = this.current;
    this.overlays.play(events, this.current);
    const walkEnd = this.walk.tick(commands, events, this.current);
    if (walkEnd !== undefined) this.overlays.sayWalkEnd(walkEnd, this.current);
    this.record.afterTick(commands, events);
    this.debug?.note(events, this.simulation.tick);
    soundBoard().play(events, this.current, this.play.level.tiled);
    this.autosaver.afterTick(events);
    noteRefusals(this.play, events);
    this.play.tutor?.noteEvents(events);
    if (this.simulation.status !== 'playing') this.finish();
  }

  /** Whether the player sees a spot (tiles) on the screen: in the camera's view, not under the fog (a prompt about a zombie names only one seen). */
  private readonly onScreen = (x: number, y: number): boolean =>
    this.cameras.main.worldView.contains(x * TILE_SIZE, y * TILE_SIZE) && (this.app.fogOff || this.fog.isVisible(Math.floor(x), Math.floor(y)));

  /** Under a test's step lock (step-lock.ts): one tick as a frame of one tick runs it, drawn by the next frame; undefined once the level ended or while it is paused. */
  lockedTick(): Snapshot | undefined {
    if (this.ended || !this.sys.isActive()) return undefined;
    this.controls.poll();
    this.tick(true);
    this.play.tutor?.update(this.current, this.sees, this.onScreen);
    return this.current;
  }

  /** The core's light map under `hyosan.look({ daylight, phoneLight })`'s drawing preview, or undefined without one. */
  private lightPreview(): { light: number[]; phoneLight: boolean } | undefined {
    const preview = this.play.lookPreview;
    if (preview.daylight === undefined && preview.phoneLight !== true) return undefined;
    return { light: this.simulation.previewLight(preview), phoneLight: preview.phoneLight === true };
  }

  /** Doors and furniture into the map's tiles; the baked level is redrawn only when one changed. */
  private drawTiles(): void {
    const doorsChanged = this.doors.draw(this.current);
    const furnitureMoved = this.furniture.draw(this.current);
    if (doorsChanged || furnitureMoved) this.levelView.redraw();
  }

  private reportLook(): void {
    const me = this.current.students.find((s) => s.controlled);
    this.play.look = {
      light: this.light.isEnabled,
      fog: !this.app.fogOff,
      lights: this.light.lastSpots,
      brightnessHere: me === undefined ? null : this.light.brightnessAt(me.tileX, me.tileY),
      ...this.overlays.shown,
      doorMarks: this.doors.marksShown,
      reducedMotion: this.entities.reducedMotion,
    };
  }

  private finish(): void {
    this.ended = true;
    this.controls.release();
    this.controls.capture(false);
    const outcome = this.simulation.status === 'won' ? 'won' : 'lost';
    if (outcome === 'lost') this.play.lossRecording = this.record.recording();
    if (outcome === 'won') campaignProgress().markCompleted(this.simulation.level.id);
    setScreen(this.app, outcome);
    // A won level carries the group over to camp (who is left, what they carry, the time), saved at once.
    if (outcome === 'won') arriveAtCamp(this.app, carryToCamp(this.app.campaign, this.simulation, this.play.seed));
    const data: EndSceneData = {
      play: this.play,
      outcome,
      levelId: this.simulation.level.id,
      survivors: standingCount(this.current.students),
      needed: this.current.survivorsNeeded,
      total: this.current.students.length,
      seconds: this.simulation.tick / TICKS_PER_SECOND,
      clock: this.current.clock,
      siege: this.simulation.level.objectives.some((o) => o.untilDawn === true),
      turned: this.current.students.filter((s) => s.turned).map((s) => ({ name: s.name, bites: [...s.bites] })),
    };
    this.scene.stop('hud');
    this.scene.stop(TOUCH_SCENE);
    // Nothing of the level's words under the end screen's: the rising numbers, the name.
    this.overlays.clearWords();
    this.entities.namesShown = false;
    // And any other word on the map (a badge, a hint, a label over a fixture): the scene draws no more frames, so they stay hidden.
    for (const child of this.children.list) if (child instanceof Phaser.GameObjects.Text) child.setVisible(false);
    this.scene.launch('end', data);
  }
}
