/**
 * The simulation state's format version (its own module, with no imports, so the save modules
 * that import each other all see it). Version 2 added furniture, push, minds, lampsOn, the
 * students' lightOn and stalker; migrate-sim-state.ts brings a version 1 state up.
 */
export const SIM_STATE_VERSION = 2;
