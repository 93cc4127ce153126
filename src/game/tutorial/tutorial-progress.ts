/**
 * Which tutorial lessons are done, kept with the other settings (`settings.tutorial.done`), so a
 * done prompt never comes back after a reload; "Replay the tutorial" on the title forgets them.
 */

import { settings, updateSettings } from '../settings/settings';
import { isLesson, type Lesson } from './lessons';

export function lessonsDone(): Lesson[] {
  return settings().tutorial.done.filter(isLesson);
}

export function markLessonDone(lesson: Lesson): void {
  const done = settings().tutorial.done;
  if (done.includes(lesson)) return;
  updateSettings({ tutorial: { done: [...done, lesson] } });
}

export function forgetLessons(): void {
  updateSettings({ tutorial: { done: [] } });
}
