/**
 * The one door into the core: everything the Phaser layer (`src/game`) and the tools (`tools/`)
 * may use. What this file exports is the game's vocabulary: commands, events, snapshot types, the
 * simulation, levels and their checking, saves, replays and the campaign. Nothing outside the core
 * imports a deeper module; tests may, as they test the parts.
 */

export { decide, rest, shareOut, treat } from './campaign/camp';
export type { CampResult } from './campaign/camp';
export { carryOver, checkCampaign, groupOf, startCampaign } from './campaign/campaign-state';
export type { CampaignState, CampaignStudent } from './campaign/campaign-state';
export { difficultyPreset } from './campaign/difficulty';
export { ITEM_KINDS, RECIPE_IDS, STUDENT_ORDERS, checkCommand } from './commands';
export type { Command, Gait, ItemKind } from './commands';
export type { NeedName, NoiseCause, SimEvent } from './events';
export { createFixedStep } from './fixed-step';
export type { FixedStep } from './fixed-step';
export { hasLineOfSight } from './grid/line-of-sight';
export type { TileGrid } from './grid/tile-grid';
export { RECIPES, craftBlocker } from './items/crafting';
export { QUICK_SLOT_COUNT, quickSlotKinds } from './items/quick-slots';
export { CAMPAIGN_FILE, parseCampaign } from './level/campaign';
export type { Campaign, CampaignResult } from './level/campaign';
export { formatLevelError, locateErrors } from './level/level-error';
export type { LevelError, LevelResult } from './level/level-error';
export { OBJECT_KINDS, levelJsonSchemaText, tiledMapSchema } from './level/level-schema';
export type { Device, ObjectiveKind } from './level/level-schema';
export type { Level } from './level/level';
export { LIGHT_DEFAULTS, NOISE_MAKER_LOUDNESS, jsonDepth, levelIdFromFile, parseLevel } from './level/parse-level';
export { previewLayers } from './level/preview-layers';
export type { PreviewLayers } from './level/preview-layers';
export { objectsAt } from './level/preview-objects';
export type { PickedObject } from './level/preview-objects';
export { PREVIEW_LOUDNESS, createLevelPreview } from './level/preview';
export type { HordePath, LevelPreview, NoiseReach } from './level/preview';
export { levelWarnings } from './level/warnings';
export { explainLoss } from './replay/loss-cause';
export type { Detection, LossStory } from './replay/loss-cause';
export { runReplay } from './replay/replay';
export type { Checkpoint, ReplayCommand, ReplayInput, ReplayOutcome } from './replay/replay';
export { checkRecording, playRecording } from './replay/rewind';
export type { Playback } from './replay/rewind';
export { createRollingRecord } from './replay/rolling-record';
export type { Recording, RollingRecord } from './replay/rolling-record';
export { createRng, seedFrom } from './rng';
export type { Rng } from './rng';
export { SimStateError } from './save/check-sim-state';
export type { SimState } from './save/sim-state';
export { computeVisibility } from './senses/visibility';
export { checkStateFits, createSimulation } from './simulation';
export type { Simulation, ThrowAim } from './simulation';
export type { DoorView, FurnitureView, ObjectiveView, Snapshot, StudentView, ZombieView } from './snapshot';
export { CLOCK, INFECTION, ITEMS, MAX_TICKS_PER_FRAME, NEEDS, TICKS_PER_SECOND, TICK_MS, ZOMBIE } from './tuning';
export type { ZombieKind } from './tuning';
