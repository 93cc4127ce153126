/**
 * The one door into the core: everything the Phaser layer (`src/game`) and the tools (`tools/`)
 * may use. What this file exports is the game's vocabulary: commands, events, snapshot types, the
 * simulation, levels and their checking, saves, replays and the campaign. Nothing outside the core
 * imports a deeper module; tests may, as they test the parts.
 */

export { decide, rest, shareOut, treat } from './sim/campaign/camp';
export type { CampLine, CampResult } from './sim/campaign/camp';
export { carryOver, checkCampaign, groupOf, startCampaign } from './sim/campaign/campaign-state';
export type { CampaignState, CampaignStudent } from './sim/campaign/campaign-state';
export { difficultyPreset } from './kernel/difficulty';
export { STUDENT_ORDERS, checkCommand } from './state/commands';
export { ITEM_KINDS, RECIPE_IDS } from './kernel/item-kinds';
export type { Command, Gait } from './state/commands';
export type { ItemKind } from './kernel/item-kinds';
export type { NeedName, NoiseCause, SimEvent } from './state/events';
export { createFixedStep } from './sim/fixed-step';
export type { FixedStep } from './sim/fixed-step';
export { hasLineOfSight } from './grid/line-of-sight';
export type { TileGrid } from './grid/tile-grid';
export { RECIPES, craftBlocker } from './rules/items/crafting';
export { QUICK_SLOT_COUNT, quickSlotKinds } from './rules/items/quick-slots';
export { usableCount } from './rules/items/inventory';
export { CAMPAIGN_FILE, parseCampaign } from './level/campaign';
export type { Campaign, CampaignResult } from './level/campaign';
export { formatLevelError, locateErrors } from './level/level-error';
export type { LevelError, LevelResult } from './level/level-error';
export { OBJECT_KINDS, levelJsonSchemaText, tiledMapSchema } from './level/level-schema';
export type { Device, ObjectiveKind } from './level/level-words';
export type { Level } from './level/level';
export { LIGHT_DEFAULTS, NOISE_MAKER_LOUDNESS, levelIdFromFile, parseLevel, readLimitedJson, type LimitedJson } from './level/parse-level';
export { previewLayers } from './sim/preview/preview-layers';
export type { PreviewLayers } from './sim/preview/preview-layers';
export { objectsAt } from './sim/preview/preview-objects';
export type { PickedObject } from './sim/preview/preview-objects';
export { PREVIEW_LOUDNESS, createLevelPreview } from './sim/preview/preview';
export type { HordePath, LevelPreview, NoiseReach } from './sim/preview/preview';
export { levelWarnings } from './sim/preview/warnings';
export { explainLoss } from './sim/replay/loss-cause';
export type { Detection, LossStory } from './sim/replay/loss-cause';
export { runReplay } from './sim/replay/replay';
export type { Checkpoint, ReplayCommand, ReplayInput, ReplayOutcome } from './sim/replay/replay';
export { checkRecording, playRecording } from './sim/replay/rewind';
export type { Playback } from './sim/replay/rewind';
export { createRollingRecord } from './sim/replay/rolling-record';
export type { Recording, RollingRecord } from './sim/replay/rolling-record';
export { createRng, seedFrom } from './kernel/rng';
export type { Rng } from './kernel/rng';
export {
  CAMP_REST_HOURS,
  campClock,
  campHoursToTurn,
  nextCampaignLevel,
  nextLevelOutlook,
  playMinutesToTurn,
  restInfection,
  turnsDuringRest,
  shareHelps,
  treatHelps,
  type RestInfection,
  type TurnWarning,
} from './sim/campaign/camp-read';
export { standingCount, standsWithGroup } from './rules/students/group-read';
export type { LightPreview } from './rules/senses/light-read';
export { infectionDanger, infectionTurning, needHurts, needShare, needWarns, packNearLimit, playMinutes, shareLow, type InfectionDanger } from './rules/survival/needs-read';
export { SimStateError } from './sim/save/sim-state-error';
export type { SimState } from './sim/save/sim-state-format';
export { computeVisibility } from './rules/senses/visibility';
export { checkStateFits, createSimulation, migrateStateToLevel } from './sim/simulation';
export type { LevelMigration } from './sim/save/migrate-to-level';
export { SAVE_SAFETY } from './sim/save/save-safety';
export type { SaveDanger } from './sim/save/save-safety';
export type { Simulation, ThrowAim } from './sim/simulation';
export type { DoorView, FurnitureView, ObjectiveView, Snapshot, StudentView, ZombieView } from './sim/snapshot';
export { INFECTION, ITEMS, MAX_TICKS_PER_FRAME, NEEDS, TICKS_PER_SECOND, TICK_MS, ZOMBIE, ZOMBIE_KINDS } from './kernel/tuning';
export { CLOCK } from './kernel/tuning-world';
export type { ZombieKind } from './kernel/tuning';
export type { InfectingBite } from './state/world';
export { clockText } from './rules/world/clock';
