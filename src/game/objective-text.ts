/**
 * The HUD's objective lines, from a snapshot: what the level asks now (the current step), each
 * with the designer's text or a default for its kind (in the player's language), and "Reach the
 * exit" once all are done. A designer's label is level content and shown as written.
 */

import type { Device, ObjectiveKind } from '../core';
import type { ObjectiveView, Snapshot } from '../core';
import { language, studentName, t } from './i18n/i18n';

/** The default text for an objective of this kind, when the designer wrote none. */
export function defaultObjectiveText(kind: ObjectiveKind, device: Device | undefined, name: string | undefined): string {
  switch (kind) {
    case 'activate':
      return t('objectives.activate', { device: t(`objectives.devices.${device ?? 'switch'}`) });
    case 'rescue':
      return t('objectives.rescue', { name: name === undefined ? t('objectives.rescueSomeone') : studentName(name) });
    default:
      return t(`objectives.${kind}`);
  }
}

/** The text of one objective: the designer's label, else a default for its kind. */
export function objectiveText(objective: ObjectiveView, snapshot: Pick<Snapshot, 'students'>): string {
  const label = language() === 'ko' && objective.labelKo !== undefined ? objective.labelKo : objective.label;
  let text = label !== '' ? label : defaultObjectiveText(objective.kind, objective.device, snapshot.students[objective.studentId ?? -1]?.name);
  if (objective.kind === 'hold' && objective.state !== 'done') text = t('objectives.holdLeft', { text, seconds: objective.secondsLeft ?? 0 });
  return text;
}

/** Lines for the HUD: the current step's objectives (done ones ticked), or the way out once all are done. */
export function objectiveLines(snapshot: Pick<Snapshot, 'objectives' | 'students' | 'survivorsNeeded'>): string[] {
  const step = snapshot.objectives.find((o) => o.state === 'current')?.step;
  const lines = step === undefined ? [`▶ ${t('objectives.exit')}`] : snapshot.objectives.filter((o) => o.step === step).map((o) => `${o.state === 'done' ? '✓' : '▶'} ${objectiveText(o, snapshot)}`);
  if (snapshot.survivorsNeeded > 1) lines.push(t('objectives.survivors', { count: snapshot.survivorsNeeded }));
  return lines;
}
