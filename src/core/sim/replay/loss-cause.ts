/**
 * What got them: from a re-run of a lost level's last seconds (rewind.ts), which students fell to
 * which zombie, and how that zombie came to be on them — what it saw, heard or smelled, from where,
 * and the noise that drew it (its `zombieAlerted` events, and a blow from a student that turned it).
 * Plain data; the game turns it into words and marks on the replay.
 */

import type { AlertCause, NoiseCause, SimEvent } from '../../state/events';
import type { Snapshot } from '../snapshot';
import type { ZombieKind } from '../../kernel/tuning';
import type { RecordedAlert } from './rolling-record';
import type { InfectingBite } from '../../state/world';

/** `struck`: a student hit it, and it turned on them. */
export type Sense = AlertCause | 'struck';

/** One moment a zombie noticed something. */
export interface Detection {
  tick: number;
  zombieId: number;
  sense: Sense;
  /** Where the zombie stood. */
  fromTileX: number;
  fromTileY: number;
  /** What it sensed: the student seen, the noise, the blood. */
  tileX: number;
  tileY: number;
  /** The student it was about (seen, struck by, or whose noise it heard), when there is one. */
  studentId?: number;
  /** The noise it heard. */
  noise?: NoiseCause;
}

/** A student going down: bitten by `zombieId`, or by something else (hunger, cold, turning) when it is undefined; `turned`: their infection ran its course, from `bites` (when, which kind, on which level; on this level or an earlier one). */
export interface Fall {
  tick: number;
  studentId: number;
  zombieId?: number;
  turned?: true;
  bites?: readonly InfectingBite[];
}

export interface LossStory {
  endTick: number;
  /** Students who fell during the run, in order. */
  falls: Fall[];
  /** Every detection during the run, in order (for marking the replay). */
  detections: Detection[];
  /** The zombie that felled the last student, if one did. */
  culprit?: { zombieId: number; kind: ZombieKind; name?: string };
  /** How the culprit came to be on them: its last few detections up to the last fall, oldest first (earlier ones before the run included). */
  chain: Detection[];
}

/** Detections kept in a chain: what drew the zombie, and what set it on them. */
const CHAIN_LENGTH = 3;

function detectionOf(tick: number, event: SimEvent): Detection | undefined {
  if (event.type !== 'zombieAlerted') return undefined;
  return {
    tick,
    zombieId: event.zombieId,
    sense: event.cause,
    fromTileX: event.fromTileX,
    fromTileY: event.fromTileY,
    tileX: event.tileX,
    tileY: event.tileY,
    ...(event.studentId === undefined ? {} : { studentId: event.studentId }),
    ...(event.noise === undefined ? {} : { noise: event.noise }),
  };
}

/** One tick of a re-run: its events, and a snapshot after it where something needs placing (a blow). */
export interface RunTick {
  tick: number;
  events: readonly SimEvent[];
  snapshot?: Snapshot;
}

/**
 * `ticks`: each tick's events in order; `earlier`: each zombie's last alert before them; `end`: the
 * snapshot at the end (the culprit's kind and name).
 */
export function explainLoss(ticks: readonly RunTick[], earlier: readonly RecordedAlert[], end: Snapshot): LossStory {
  const detections: Detection[] = [];
  const blows: Detection[] = [];
  const falls: Fall[] = [];
  for (const { tick, events, snapshot } of ticks) {
    for (const event of events) {
      const detection = detectionOf(tick, event);
      if (detection !== undefined) detections.push(detection);
      if (event.type === 'zombieHit') {
        const zombie = (snapshot ?? end).zombies[event.zombieId];
        const student = (snapshot ?? end).students[event.studentId];
        blows.push({
          tick,
          zombieId: event.zombieId,
          sense: 'struck',
          fromTileX: zombie?.tileX ?? 0,
          fromTileY: zombie?.tileY ?? 0,
          tileX: student?.tileX ?? 0,
          tileY: student?.tileY ?? 0,
          studentId: event.studentId,
        });
      }
      if (event.type === 'studentDowned') {
        // A bite that brings a student down reports the hit in the same tick, just before.
        const hit = events.find((e) => e.type === 'studentHit' && e.studentId === event.studentId);
        // Turning reports itself in the same tick, just after.
        const turned = events.some((e) => e.type === 'studentTurned' && e.studentId === event.studentId);
        const bites = (snapshot ?? end).students[event.studentId]?.bites ?? [];
        falls.push({
          tick,
          studentId: event.studentId,
          ...(hit?.type === 'studentHit' ? { zombieId: hit.zombieId } : {}),
          ...(turned ? { turned: true as const, ...(bites.length > 0 ? { bites } : {}) } : {}),
        });
      }
    }
  }
  const last = falls[falls.length - 1];
  const endTick = ticks[ticks.length - 1]?.tick ?? end.tick;
  if (last?.zombieId === undefined) return { endTick, falls, detections, chain: [] };
  const culpritId = last.zombieId;
  const zombie = end.zombies[culpritId];
  const before = earlier.filter((a) => a.event.zombieId === culpritId).map((a) => detectionOf(a.tick, a.event)!);
  const during = detections.filter((d) => d.zombieId === culpritId && d.tick <= last.tick);
  const alerts = [...before, ...during];
  // A blow from a student explains the zombie only when nothing else set it on them.
  const struck = blows.find((d) => d.zombieId === culpritId && d.tick <= last.tick);
  const chain = alerts.length > 0 ? alerts.slice(-CHAIN_LENGTH) : struck === undefined ? [] : [struck];
  return {
    endTick,
    falls,
    detections,
    culprit: { zombieId: culpritId, kind: zombie?.kind ?? 'walker', ...(zombie?.name === undefined ? {} : { name: zombie.name }) },
    chain,
  };
}
