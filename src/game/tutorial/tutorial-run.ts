/**
 * The tutorial for the level being played: a `Tutor` remembering done lessons with the settings,
 * the device whose controls its prompts name, and the prompt to show now.
 */

import { hasLineOfSight } from '../../core';
import type { TileGrid } from '../../core';
import { inputSettings } from '../input/input-settings';
import { isTouchMode } from '../layout/live-layout';
import type { PlaySession } from '../play-session';
import type { Lesson, LessonView } from './lessons';
import { lessonsWithoutControl, promptText, type Device } from './prompt-text';
import { lessonsDone, markLessonDone } from './tutorial-progress';
import { Tutor } from './tutor';

/** The device the player plays with: touch once a finger touched (or on a phone), a pad once one is connected to the play's input, else the keyboard. */
export function currentDevice(play: PlaySession): Device {
  if (isTouchMode()) return 'touch';
  if ((play.controls?.state().gamepads ?? 0) > 0) return 'gamepad';
  return 'keyboard';
}

/** The tutorial of a play. */
export function startTutor(play: PlaySession): Tutor {
  return new Tutor({
    done: lessonsDone(),
    onDone: markLessonDone,
    canShow: (lesson) => !lessonsWithoutControl(currentDevice(play), inputSettings().bindings, inputSettings().pad).includes(lesson),
  });
}

/** Whether one tile sees another across the level's walls. */
export function sightOn(grid: TileGrid): LessonView['sees'] {
  return (x0, y0, x1, y1) => hasLineOfSight(grid, x0, y0, x1, y1);
}

/** The prompt of a play's tutorial up now (lesson and text in the player's language and controls; `holding`: the game waits for it to be read), or null. */
export function currentPrompt(play: PlaySession | undefined): { lesson: Lesson; text: string; holding: boolean } | null {
  const lesson = play?.tutor?.current ?? null;
  if (play === undefined || lesson === null) return null;
  return { lesson, text: promptText(lesson, currentDevice(play), inputSettings().bindings, inputSettings().pad), holding: play.tutor?.holding === true };
}
