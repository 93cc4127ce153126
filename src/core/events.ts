/**
 * Events: what happened during one tick, in past tense. `step()` returns them; the game layer turns
 * them into sounds, effects and HUD messages. Nothing in the core listens to them.
 */

import type { ItemKind } from './commands';

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
  | { type: 'levelWon'; studentId: number }
  | { type: 'levelLost' };

export type SimEventType = SimEvent['type'];
