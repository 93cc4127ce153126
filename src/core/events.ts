/**
 * Events: what happened during one tick, in past tense. `step()` returns them; the game layer turns
 * them into sounds, effects and HUD messages. Nothing in the core listens to them.
 */

import type { ItemKind } from './commands';
import type { ObjectiveKind } from './level/level-schema';

export type NoiseCause = 'footstep' | 'fight' | 'scream' | 'groan' | 'alarm';
export type AlertCause = 'sight' | 'sound' | 'smell';

export type SimEvent =
  | { type: 'noiseMade'; tileX: number; tileY: number; radius: number; cause: NoiseCause; by: string }
  | { type: 'zombieAlerted'; zombieId: number; cause: AlertCause; tileX: number; tileY: number }
  | { type: 'zombieLostTrack'; zombieId: number }
  | { type: 'attackSwung'; studentId: number }
  | { type: 'zombieHit'; zombieId: number; studentId: number; damage: number }
  | { type: 'zombieDowned'; zombieId: number }
  | { type: 'studentHit'; studentId: number; zombieId: number; damage: number }
  | { type: 'studentDowned'; studentId: number }
  | { type: 'itemPickedUp'; itemId: number; item: ItemKind; studentId: number }
  | { type: 'itemUsed'; item: ItemKind; studentId: number }
  | { type: 'lureThrown'; lureId: number; studentId: number; tileX: number; tileY: number }
  | { type: 'lureEnded'; lureId: number }
  | { type: 'commandRejected'; reason: string }
  | { type: 'studentSwitched'; studentId: number }
  | { type: 'objectiveCompleted'; index: number; kind: ObjectiveKind }
  /** A student waiting to be rescued joined the group. */
  | { type: 'studentJoined'; studentId: number }
  /** A device objective switched on (piano, PA console, ...), at its tile. */
  | { type: 'deviceActivated'; index: number; tileX: number; tileY: number }
  | { type: 'levelWon'; studentId: number }
  /** `reason` says which rule lost it when it was not the whole group falling. */
  | { type: 'levelLost'; reason?: 'rescueLost' | 'tooFewSurvivors' };

export type SimEventType = SimEvent['type'];
