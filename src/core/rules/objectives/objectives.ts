/**
 * Objectives: what a level asks of the group before an exit counts, and how the level ends.
 *
 * Words:
 * - step: objectives are done in steps; the *current step* is the lowest step with an objective
 *   not yet done, and only objectives of the current step can be done (the same step: any order).
 * - group: the students standing and not waiting to be rescued.
 * - reach: a group student stands in the area. hold: group students have stood in the area for
 *   `holdTicks` ticks of the current step, added up (or, `untilDawn`, one stands in it when dawn
 *   comes). collect: a group student walks over the key
 *   item or presses E beside it. activate: a group student presses E within `useRadiusTiles`; a
 *   device with a noise then sounds (once, or every half second for `soundTicks`). rescue: the
 *   waiting student has joined the group (and with `escort`, stands in an exit).
 *
 * The level is won when every objective is done and a group student stands in an exit; it is lost
 * when the whole group is down, when a student to rescue falls before being rescued, or when fewer
 * students stand than the level's `survivors`. Pure: reads and changes the world only.
 */

import { helpUpTicks } from '../students/help-up';
import { rescueTarget } from './objective-read';
import type { NoiseCause } from '../../state/events';
import type { Device } from '../../level/level-words';
import { isInRect, type Objective, type TileRect } from '../../level/level';
import { OBJECTIVES } from '../../kernel/tuning';
import { distanceBetween } from '../world/move-body';
import { makeNoise, type TickContext } from '../tick-context';
import { startNoiseMakerIn } from '../noise/noise-makers';
import { groupStudents, type Student, type World } from '../../state/world';
import { ticksUntilDawn } from '../world/clock';
import { changeStudentState } from '../students/student-state';

/** The lowest step with an objective not yet done; Infinity when all are done. */
export function currentStep(world: World): number {
  let step = Infinity;
  world.level.objectives.forEach((objective, i) => {
    if (!world.objectives[i]!.done && objective.step < step) step = objective.step;
  });
  return step;
}

export function allObjectivesDone(world: World): boolean {
  return world.objectives.every((state) => state.done);
}

/**
 * What keeps an exit from winning: the indexes (file order) of the objectives not yet done while a
 * group student stands in an exit; empty when nobody of the group stands in one, or when all are
 * done. The game says what is still missing from this.
 */
export function objectivesBlockingExit(world: World): number[] {
  if (allObjectivesDone(world)) return [];
  if (!groupStudents(world).some((s) => world.exits.some((exit) => isInside(exit, s)))) return [];
  const missing: number[] = [];
  world.objectives.forEach((state, i) => {
    if (!state.done) missing.push(i);
  });
  return missing;
}

const centreOf = (area: TileRect): { x: number; y: number } => ({ x: area.tileX + area.width / 2, y: area.tileY + area.height / 2 });
const isInside = (area: TileRect, student: Student): boolean => isInRect(area, Math.floor(student.x), Math.floor(student.y));

/**
 * The `interact` command (E) near a key item or a device of the current step: collects or
 * switches on the nearest one. Returns false when there is none in reach, so E can pick up loot.
 */
export function useObjective(context: TickContext, student: Student): boolean {
  const { world } = context;
  if (student.waiting) return false;
  const step = currentStep(world);
  let best = -1;
  let bestDistance: number = OBJECTIVES.useRadiusTiles;
  world.level.objectives.forEach((objective, i) => {
    if (objective.step !== step || world.objectives[i]!.done) return;
    if (objective.kind !== 'collect' && objective.kind !== 'activate') return;
    const distance = distanceBetween(student, centreOf(objective.area));
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  if (best < 0) return false;
  complete(context, best);
  return true;
}

function complete(context: TickContext, index: number): void {
  const { world } = context;
  const objective = world.level.objectives[index]!;
  const state = world.objectives[index]!;
  state.done = true;
  state.doneAtTick = world.tick;
  if (objective.kind === 'activate') {
    context.events.push({ type: 'deviceActivated', index, tileX: objective.area.tileX, tileY: objective.area.tileY });
    // A noise maker standing at the device (a piano, the PA console) sounds instead: one noise, not two.
    const joined = startNoiseMakerIn(context, objective.area, `device:${index}`);
    if (!joined && (objective.noiseRadius ?? 0) > 0) {
      state.soundTicksLeft = objective.soundTicks ?? 0;
      state.nextNoiseIn = 0;
      soundDevice(context, objective, index);
    }
  }
  context.events.push({ type: 'objectiveCompleted', index, kind: objective.kind });
}

/** What a device's noise is heard as (the game captions and plays it by this). */
const DEVICE_NOISE: Record<Device, NoiseCause> = {
  'pa-console': 'speaker',
  piano: 'piano',
  'sos-sign': 'scrape',
  fire: 'fire',
  'fire-alarm': 'fireAlarm',
  switch: 'switch',
};

function soundDevice(context: TickContext, objective: Objective, index: number): void {
  const { x, y } = centreOf(objective.area);
  makeNoise(context, x, y, objective.noiseRadius ?? 0, DEVICE_NOISE[objective.device ?? 'switch'], `device:${index}`);
}

/** Objectives, joins and the end of the level, once per tick after students and zombies moved. */
export function updateObjectives(context: TickContext): void {
  const { world } = context;
  if (world.status !== 'playing') return;
  joinWaitingStudents(context);
  sounds(context);
  const group = groupStudents(world);
  const step = currentStep(world);
  world.level.objectives.forEach((objective, i) => {
    const state = world.objectives[i]!;
    if (state.done || objective.step !== step) return;
    switch (objective.kind) {
      case 'reach':
        if (group.some((s) => isInside(objective.area, s))) complete(context, i);
        return;
      case 'hold': {
        const inside = group.some((s) => isInside(objective.area, s));
        if (objective.untilDawn === true) {
          if (inside) state.heldTicks++;
          if (inside && ticksUntilDawn(world) === 0) complete(context, i);
        } else if (inside && ++state.heldTicks >= (objective.holdTicks ?? 1)) {
          complete(context, i);
        }
        return;
      }
      case 'collect': {
        const centre = centreOf(objective.area);
        if (group.some((s) => distanceBetween(s, centre) <= OBJECTIVES.pickupRadiusTiles)) complete(context, i);
        return;
      }
      case 'rescue': {
        const rescued = rescueTarget(world, objective);
        if (rescued === undefined || rescued.down || rescued.waiting) return;
        if (objective.escort === true && !world.exits.some((exit) => isInside(exit, rescued))) return;
        complete(context, i);
        return;
      }
      case 'activate':
        return; // only by `useObjective`
    }
  });
  decideOutcome(context);
}

function joinWaitingStudents(context: TickContext): void {
  const { world } = context;
  const group = groupStudents(world);
  for (const student of world.students) {
    if (!student.waiting || student.down) continue;
    if (!group.some((member) => distanceBetween(member, student) <= OBJECTIVES.joinRadiusTiles)) continue;
    changeStudentState(context, student, 'joined');
    context.events.push({ type: 'studentJoined', studentId: student.id });
  }
}

function sounds(context: TickContext): void {
  const { world } = context;
  world.level.objectives.forEach((objective, i) => {
    const state = world.objectives[i]!;
    if (state.soundTicksLeft <= 0) return;
    state.soundTicksLeft--;
    if (--state.nextNoiseIn <= 0) {
      state.nextNoiseIn = OBJECTIVES.deviceNoiseEveryTicks;
      soundDevice(context, objective, i);
    }
  });
}

function decideOutcome(context: TickContext): void {
  const { world } = context;
  const lose = (reason: 'rescueLost' | 'tooFewSurvivors'): void => {
    world.status = 'lost';
    context.events.push({ type: 'levelLost', reason });
  };
  const rescueLost = world.level.objectives.some((objective, i) => objective.kind === 'rescue' && !world.objectives[i]!.done && rescueTarget(world, objective)?.down === true);
  if (rescueLost) return lose('rescueLost');
  // A fallen student a friend can still help up counts until their time runs out (the HUD counts it
  // down): the level was lost at once while it showed "help them up · 24 s". With nobody standing
  // there is nobody to help.
  const standing = world.students.filter((s) => !s.down).length;
  const canStand = world.students.filter((s) => !s.down || helpUpTicks(s) !== null).length;
  if (standing === 0 || canStand < world.level.survivors) return lose('tooFewSurvivors');
  if (!allObjectivesDone(world)) return;
  const winner = groupStudents(world).find((s) => world.exits.some((exit) => isInside(exit, s)));
  if (winner === undefined) return;
  world.status = 'won';
  context.events.push({ type: 'levelWon', studentId: winner.id });
}
