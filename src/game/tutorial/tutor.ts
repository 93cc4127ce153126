/**
 * Tutor: decides which lesson's prompt shows, one at a time. Each frame it gets the events of the
 * ticks run and the latest snapshot; a lesson done by the player (even before its prompt came up)
 * is remembered through `onDone` and never shown again. A prompt stays until its lesson is done or
 * the player hides it (which counts as done), or for `SHOW_TICKS` when its moment has passed (news —
 * a wound, bleeding — goes after `SHOW_TICKS` and counts as told); a
 * short pause separates two prompts, so the player meets one idea at a time. None comes up while the
 * student is not calm (a zombie hunting anyone in the group, or in the middle of a tapped walk): a
 * lesson whose moment comes then is held and shown first once they are calm, even if its moment has
 * passed by then. An urgent lesson (lessons.ts `URGENT`: sneaking, before a zombie notices) does not
 * wait for a walk's end nor behind a prompt up (that one comes back later), is dropped rather than
 * held once a zombie hunts (no sneak tip after the bite), and holds the game still on its first
 * showing (`holding`) until the player says they have read it (`dismiss`), or for `HOLD_MS`; the play
 * scene runs no tick meanwhile, as under the pause menu (a step-locked test's ticks still run). Pure, no Phaser.
 */

import type { SimEvent } from '../../core';
import type { Snapshot } from '../../core';
import { TICKS_PER_SECOND } from '../../core';
import { ABOUT_ZOMBIE, anyHunted, isCalm, LESSONS, lessonDoneBy, NEWS, READY, URGENT, type Lesson, type LessonView } from './lessons';

/** Ticks between one prompt going and the next showing. */
export const GAP_TICKS = 3 * TICKS_PER_SECOND;
/** A prompt whose moment passed (its trigger no longer holds) goes after this long. */
export const SHOW_TICKS = 20 * TICKS_PER_SECOND;
/** A prompt that went unheeded may come back once its trigger holds again, not before this. */
export const RETRY_TICKS = 45 * TICKS_PER_SECOND;
/** Sneaking this long while moving finishes the sneak lesson. */
export const SNEAK_TICKS = 2 * TICKS_PER_SECOND;
/** A prompt about a zombie up this long counts as told when the zombie goes out of view; sooner, it may come back with the next one. */
export const TOLD_TICKS = 5 * TICKS_PER_SECOND;
/** The longest an urgent prompt holds the game (real ms) when the player does not say they read it: then the game goes on, the prompt still up. */
export const HOLD_MS = 7000;
/** Tiles walked from the start that finish the move lesson. */
export const MOVE_TILES = 2;

export interface TutorOptions {
  done: Iterable<Lesson>;
  onDone(lesson: Lesson): void;
  /** False for lessons the device in use cannot do (a touch screen has no barricade button): not shown now. */
  canShow?(lesson: Lesson): boolean;
}

export class Tutor {
  private readonly done: Set<Lesson>;
  private shown: { lesson: Lesson; sinceTick: number } | null = null;
  /** The prompt up holds the game still until the player has read it. */
  private hold = false;
  /** A lesson whose moment came while the student was not calm: shown first once they are. */
  private held: Lesson | null = null;
  private quietUntil = 0;
  private readonly notBefore = new Map<Lesson, number>();
  private start: { x: number; y: number; levelId: string } | undefined;
  private sneakTicks = 0;
  private fought = false;
  private lastTick = -1;
  /** Urgent lessons that have held the game once: they do not hold it again. */
  private readonly holdShown = new Set<Lesson>();
  private heldMs = 0;

  constructor(private readonly options: TutorOptions) {
    this.done = new Set(options.done);
  }

  /** The lesson whose prompt is up, or null. */
  get current(): Lesson | null {
    return this.shown?.lesson ?? null;
  }

  /** The game stands still while this is true: an urgent prompt's first showing, not yet read. */
  get holding(): boolean {
    return this.hold && this.shown !== null;
  }

  /** A frame of `ms` real time: whether the game stands still through it (a hold ends by itself after `HOLD_MS`). */
  holdFrame(ms: number): boolean {
    if (!this.holding) return false;
    this.heldMs += ms;
    if (this.heldMs < HOLD_MS) return true;
    this.hold = false;
    return false;
  }

  isDone(lesson: Lesson): boolean {
    return this.done.has(lesson);
  }

  /** Events of the ticks just run. */
  noteEvents(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'attackSwung') this.fought = true;
      const lesson = lessonDoneBy(event);
      if (lesson !== undefined) this.finish(lesson);
    }
  }

  /** Puts up a lesson's prompt now, whatever the state (screenshots of every prompt: `hyosan.tutorial({ show })`). */
  preview(lesson: Lesson): void {
    this.shown = { lesson, sinceTick: this.lastTick };
    // As it would first show: an urgent prompt says the game waits (screenshots), for at most HOLD_MS.
    this.hold = URGENT.has(lesson);
    this.heldMs = 0;
  }

  /** The player hid the prompt: that lesson counts as done. A prompt holding the game is read instead: the game goes on, the prompt stays until done. */
  dismiss(): void {
    if (this.holding) this.hold = false;
    else if (this.shown !== null) this.finish(this.shown.lesson);
  }

  /** Looks at the latest snapshot: finishes lessons shown by state, takes a prompt down or puts one up. */
  update(snapshot: Snapshot, sees: LessonView['sees'], visible?: LessonView['visible']): void {
    const me = snapshot.students.find((s) => s.controlled);
    if (me === undefined || snapshot.status !== 'playing') return;
    const tick = snapshot.tick;
    if (this.start?.levelId !== snapshot.levelId || tick < this.lastTick) {
      this.start = { x: me.x, y: me.y, levelId: snapshot.levelId };
      this.fought = false;
      this.quietUntil = Math.min(this.quietUntil, tick);
    }
    const ticks = this.lastTick < 0 || tick < this.lastTick ? 0 : tick - this.lastTick;
    this.lastTick = tick;
    if (Math.sqrt((me.x - this.start.x) ** 2 + (me.y - this.start.y) ** 2) >= MOVE_TILES) this.finish('move');
    this.sneakTicks = me.gait === 'sneak' && me.moving ? this.sneakTicks + ticks : 0;
    if (this.sneakTicks >= SNEAK_TICKS) this.finish('sneak');

    const view: LessonView = { snapshot, me, sees, fought: this.fought, ...(visible === undefined ? {} : { visible }) };
    // (Not the first prompt, how to move: that goes within a step, and a tip on sneaking before it teaches nothing.)
    if (this.shown !== null && !URGENT.has(this.shown.lesson) && this.shown.lesson !== 'move') {
      // An urgent lesson's moment takes the place of a prompt that can wait (it comes back later).
      const urgent = this.showable(view, tick).find((lesson) => URGENT.has(lesson));
      if (urgent !== undefined && !anyHunted(view)) this.show(urgent, tick);
    }
    if (this.shown !== null) {
      const { lesson, sinceTick } = this.shown;
      // A prompt about a zombie goes as soon as none is in view: it named a runner nobody could see.
      if (ABOUT_ZOMBIE.has(lesson) && !READY[lesson](view)) {
        if (tick - sinceTick >= TOLD_TICKS) this.finish(lesson);
        else [this.shown, this.quietUntil] = [null, tick + GAP_TICKS];
        return;
      }
      // News (a wound, bleeding) has been told once it has been up this long.
      if (tick - sinceTick >= SHOW_TICKS && NEWS.has(lesson)) this.finish(lesson);
      else if (tick - sinceTick >= SHOW_TICKS && !READY[lesson](view)) {
        this.shown = null;
        this.quietUntil = tick + GAP_TICKS;
        this.notBefore.set(lesson, tick + RETRY_TICKS);
      }
      return;
    }
    const showable = this.showable(view, tick);
    const ready = showable[0];
    // A held urgent lesson whose moment went with a hunt is not shown after it, nor one about a zombie no longer in view.
    if (this.held !== null && (this.done.has(this.held) || (URGENT.has(this.held) && anyHunted(view)) || (ABOUT_ZOMBIE.has(this.held) && !READY[this.held](view)))) this.held = null;
    const urgent = showable.find((lesson) => URGENT.has(lesson));
    if (urgent !== undefined && tick >= this.quietUntil && ready !== 'move') {
      this.show(urgent, tick);
      return;
    }
    if (tick < this.quietUntil || !isCalm(view)) {
      this.held ??= ready ?? null;
      return;
    }
    const next = this.held ?? ready;
    this.held = null;
    if (next !== undefined) this.show(next, tick);
  }

  /** Lessons not done, allowed here, not waiting to retry, whose moment is now, in teaching order. */
  private showable(view: LessonView, tick: number): Lesson[] {
    return LESSONS.filter((lesson) => !this.done.has(lesson) && (this.options.canShow?.(lesson) ?? true) && tick >= (this.notBefore.get(lesson) ?? 0) && READY[lesson](view));
  }

  /** Puts up a lesson's prompt; an urgent one holds the game still on its first showing. */
  private show(lesson: Lesson, tick: number): void {
    if (this.held === lesson) this.held = null;
    this.hold = URGENT.has(lesson) && !this.holdShown.has(lesson);
    this.heldMs = 0;
    this.holdShown.add(lesson);
    this.shown = { lesson, sinceTick: tick };
  }

  private finish(lesson: Lesson): void {
    if (this.shown?.lesson === lesson) {
      this.shown = null;
      this.quietUntil = this.lastTick + GAP_TICKS;
    }
    if (this.done.has(lesson)) return;
    this.done.add(lesson);
    this.options.onDone(lesson);
  }
}
