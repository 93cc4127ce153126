/**
 * Events: what happened during one tick, in past tense. `step()` returns them; the game layer turns
 * them into sounds, effects and HUD messages. Nothing in the core listens to them.
 */

import type { StudentOrder } from './commands';
import type { ItemKind, RecipeId } from '../kernel/item-kinds';
import type { NoiseMakerKind, ObjectiveKind } from '../level/level-words';
import type { Wound } from './world';
import type { ZombieKind } from '../kernel/tuning';

/** Needs the HUD warns about before they hurt. */
export type NeedName = 'hunger' | 'thirst' | 'fatigue' | 'warmth' | 'morale' | 'health';
/**
 * What made a noise. thud: a thrown item landing; hammer: building a barricade; craft: breaking or
 * shaping things; spray: an extinguisher; `door` opening, closing, locking; `bash` a zombie hitting
 * a door or barricade; `glass` a window breaking; `barricade` one giving way; `speaker`, `piano`,
 * `fireAlarm`, `bell` noise makers; `fire` a signal fire lit; `thunder`, `helicopter` events of the pacing director; `growl`
 * a halfbie losing control; `switch` a lamp switched on or off.
 */
export type NoiseCause =
  | 'footstep'
  | 'fight'
  | 'scream'
  | 'groan'
  | 'alarm'
  | 'thud'
  | 'hammer'
  | 'craft'
  | 'spray'
  | 'door'
  | 'bash'
  | 'glass'
  | 'barricade'
  | 'speaker'
  | 'piano'
  | 'fireAlarm'
  | 'bell'
  | 'fire'
  | 'thunder'
  | 'helicopter'
  | 'growl'
  | 'scrape'
  | 'switch';
export type AlertCause = 'sight' | 'sound' | 'smell';

export type SimEvent =
  | { type: 'noiseMade'; tileX: number; tileY: number; radius: number; cause: NoiseCause; by: string }
  /**
   * A zombie noticed something: `tileX/Y` is what it sensed (the student seen, the noise heard, the
   * blood smelled), `fromTileX/Y` where the zombie stood. `studentId` is the student it was about
   * (seen, tracked, or the maker of the noise heard), `noise` the cause of the noise heard.
   */
  | { type: 'zombieAlerted'; zombieId: number; cause: AlertCause; tileX: number; tileY: number; fromTileX: number; fromTileY: number; studentId?: number; noise?: NoiseCause }
  | { type: 'zombieLostTrack'; zombieId: number }
  | { type: 'attackSwung'; studentId: number }
  | { type: 'zombieHit'; zombieId: number; studentId: number; damage: number }
  | { type: 'zombieDowned'; zombieId: number }
  | { type: 'studentHit'; studentId: number; zombieId: number; damage: number }
  | { type: 'studentDowned'; studentId: number }
  | { type: 'studentHelpedUp'; studentId: number; byId: number }
  | { type: 'itemPickedUp'; itemId: number; item: ItemKind; studentId: number }
  | { type: 'itemUsed'; item: ItemKind; studentId: number; targetId?: number }
  /** An item ended by a rule (eaten, crafted into something, broke...). */
  | { type: 'itemSpent'; itemId: number; item: ItemKind; studentId: number; reason: SpendReason }
  /** A new item made by a rule (crafting). */
  | { type: 'itemMade'; itemId: number; item: ItemKind; studentId: number }
  | { type: 'itemDropped'; itemId: number; item: ItemKind; studentId: number; tileX: number; tileY: number }
  | { type: 'itemGiven'; itemId: number; item: ItemKind; studentId: number; toId: number }
  | { type: 'itemThrown'; itemId: number; item: ItemKind; studentId: number; tileX: number; tileY: number }
  | { type: 'itemEquipped'; itemId: number; studentId: number }
  | { type: 'itemCrafted'; recipe: RecipeId; studentId: number }
  | { type: 'arrowShot'; studentId: number; zombieId: number; hit: boolean }
  | { type: 'orderGiven'; order: StudentOrder; studentIds: number[] }
  /** A need crossed its warning level (once until it recovers). */
  | { type: 'needWarning'; studentId: number; need: NeedName }
  | { type: 'studentWounded'; studentId: number; wound: Exclude<Wound, 'none'>; infected: boolean }
  | { type: 'studentTreated'; studentId: number; byId: number; cured: boolean }
  | { type: 'studentTurned'; studentId: number; zombieId: number; halfbie: boolean }
  | { type: 'studentGrieved'; studentId: number; forId: number }
  | { type: 'phoneChecked'; studentId: number; charge: number }
  | { type: 'phonePanic' }
  /** The phone light went on or off: switched by the student, or out because the battery went flat, the phone left the pack or the student went down. */
  | { type: 'phoneLight'; studentId: number; on: boolean; reason: 'switched' | 'flat' | 'noPhone' | 'down' }
  | { type: 'lureThrown'; lureId: number; studentId: number; tileX: number; tileY: number }
  | { type: 'lureEnded'; lureId: number }
  /** The halfbie hunter that followed the group from the last level came in (sim/campaign/stalker.ts). */
  | { type: 'hunterEntered'; zombieId: number; tileX: number; tileY: number }
  /** A student of the group saw a zombie of this kind for the first time in the level (rules/zombies/sightings.ts). */
  | { type: 'zombieKindSeen'; kind: ZombieKind; zombieId: number; tileX: number; tileY: number }
  /** A tapped walk stopped because this zombie came into sight of the group (rules/students/walk-watch.ts). */
  | { type: 'walkStopped'; studentId: number; zombieId: number; tileX: number; tileY: number }
  | { type: 'commandRejected'; reason: string }
  | { type: 'studentSwitched'; studentId: number }
  /** The controlled student fell and control passed to another of the group (rules/students/student-update.ts). */
  | { type: 'controlPassed'; fromId: number; studentId: number }
  | { type: 'objectiveCompleted'; index: number; kind: ObjectiveKind }
  /** A student waiting to be rescued joined the group. */
  | { type: 'studentJoined'; studentId: number }
  /** A device objective switched on (piano, PA console, ...), at its tile. */
  | { type: 'deviceActivated'; index: number; tileX: number; tileY: number }
  | { type: 'levelWon'; studentId: number }
  /** `reason` says which rule lost it when it was not the whole group falling. */
  | { type: 'levelLost'; reason?: 'rescueLost' | 'tooFewSurvivors' }
  | { type: 'doorOpened'; doorId: number; by: string }
  | { type: 'doorClosed'; doorId: number; by: string }
  | { type: 'doorLocked'; doorId: number; by: string }
  | { type: 'doorUnlocked'; doorId: number; by: string }
  /** A door or barricade took a hit; `barricade` and `health` are what is left. */
  | { type: 'doorHit'; doorId: number; damage: number; barricade: number; health: number; by: string }
  | { type: 'doorBroken'; doorId: number; kind: 'door' | 'window'; by: string }
  | { type: 'barricadeBuilt'; doorId: number; barricade: number; by: string }
  | { type: 'furniturePushed'; pieceId: number; fromX: number; fromY: number; tileX: number; tileY: number; studentId: number }
  | { type: 'furnitureStuck'; pieceId: number; studentId: number; reason: string }
  | { type: 'barricadeBroken'; doorId: number; by: string }
  /** A halfbie student heard a noise through the walls (the game shows where it came from). */
  | { type: 'halfbieHeard'; studentId: number; tileX: number; tileY: number; cause: NoiseCause }
  /** A halfbie student's hunger took over for a moment: commands refused, a lunge at a friend. */
  | { type: 'halfbieLapse'; studentId: number }
  /** A noise maker (rules/noise/noise-makers.ts) started sounding; `index` in the level's noisemakers. */
  /** The pacing director (rules/director/director.ts) moved to a phase. */
  | { type: 'directorPhase'; phase: 'buildUp' | 'peak' | 'relax' }
  /** The pacing director sounded something in the world to move the horde. */
  /** A siege wave came up the stairs at (tileX, tileY): `size` zombies from id `firstZombieId` on. */
  | { type: 'waveArrived'; wave: number; size: number; tileX: number; tileY: number; firstZombieId: number }
  | { type: 'directorEvent'; sound: 'bell' | 'thunder' | 'helicopter'; tileX: number; tileY: number; phase: 'peak' | 'relax' }
  | { type: 'lampSwitched'; index: number; on: boolean; tileX: number; tileY: number; by: string }
  | { type: 'noiseMakerStarted'; index: number; kind: NoiseMakerKind; tileX: number; tileY: number; by: string };

export type SimEventType = SimEvent['type'];

/** Why an item left a pack: used up by a rule, not dropped or given. */
export type SpendReason = 'eaten' | 'drunk' | 'applied' | 'recharged' | 'crafted' | 'broke' | 'built';
