/**
 * Phaser's time step (the game config's `fps`). By default Phaser caps each frame's delta at the
 * 60 fps target for `panicMax` (120) frames after a start or a return to the tab, so on a device
 * drawing 10 frames a second the first 12 s of a level ran at a sixth of real time. The play
 * scene turns real time into fixed simulation ticks itself (src/core/sim/fixed-step.ts, which bounds a
 * frame's catch-up), so the cap is off: a level runs at full speed from its first second.
 */
export const TIME_STEP = { panicMax: 0 } as const;
