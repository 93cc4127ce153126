/**
 * Objective feedback: what the banner over the level says about the objectives, from one snapshot
 * to the next. A group student stepping into an exit before the objectives are done hears what is
 * still missing (the core says which, `Snapshot.exitBlockedBy`); each objective finished is
 * announced, and the last one sends the group to the exit. No Phaser: unit-tested in Node.
 */

import type { Snapshot } from '../core';
import { t } from './i18n/i18n';
import { objectiveText } from './objective-text';

export type FeedbackSnapshot = Pick<Snapshot, 'levelId' | 'objectives' | 'exitBlockedBy' | 'students'>;

export interface ObjectiveNews {
  kind: 'notYet' | 'done';
  text: string;
}

export class ObjectiveFeedback {
  private levelId: string | undefined;
  private wasBlocked = false;
  private done = new Set<number>();

  /** News since the last snapshot looked at (the first snapshot of a level only sets the start). */
  update(snapshot: FeedbackSnapshot): ObjectiveNews[] {
    const doneNow = new Set(snapshot.objectives.filter((o) => o.state === 'done').map((o) => o.index));
    const blocked = snapshot.exitBlockedBy.length > 0;
    if (snapshot.levelId !== this.levelId) {
      this.levelId = snapshot.levelId;
      this.done = doneNow;
      this.wasBlocked = blocked;
      return [];
    }
    const news: ObjectiveNews[] = [];
    const finished = snapshot.objectives.filter((o) => o.state === 'done' && !this.done.has(o.index));
    for (const objective of finished) news.push({ kind: 'done', text: t('objectives.done', { text: objectiveText(objective, snapshot) }) });
    if (finished.length > 0 && snapshot.objectives.every((o) => o.state === 'done')) news.push({ kind: 'done', text: t('objectives.allDone') });
    // Said again each time the group steps back into an exit, not every tick it stands there.
    if (blocked && !this.wasBlocked) {
      const list = snapshot.exitBlockedBy
        .map((index) => snapshot.objectives[index])
        .filter((o) => o !== undefined)
        .map((o) => objectiveText(o, snapshot));
      news.push({ kind: 'notYet', text: t('objectives.notYet', { list: list.join(' · ') }) });
    }
    this.done = doneNow;
    this.wasBlocked = blocked;
    return news;
  }
}
