/**
 * A state that passed the schema must also fit the level it is loaded into: the right level, every
 * position, cell and id inside it, doors, furniture, lights and objectives lining up with the
 * level's own (else the level changed since the save), and every item in one place only.
 */

import type { Level } from '../../level/level';
import { MAX_STUDENTS } from '../../level/level-words';
import { NOISE_MASK } from '../../kernel/tuning-world';
import { MAX_ITEMS, type SimState } from './sim-state-format';
import { SimStateError } from './sim-state-error';

/** The level a state is checked against, and how a check fails. */
interface Fit {
  level: Level;
  width: number;
  height: number;
  cells: number;
}

const fail = (path: string, reason: string): never => {
  throw new SimStateError(path, reason);
};
/** A failure that means the level changed since the state was saved (the save may be migrated). */
const changed = (path: string, reason: string): never => {
  throw new SimStateError(path, reason, true);
};
const inside = ({ width, height }: Fit, path: string, x: number, y: number): void => {
  if (!(x >= 0 && x < width && y >= 0 && y < height)) fail(path, `position (${x}, ${y}) is outside the ${width}×${height} level`);
};
const cellIn = ({ cells }: Fit, path: string, cell: number): void => {
  if (cell >= cells) fail(path, `cell ${cell} is outside the level (${cells} cells)`);
};

/**
 * Walls of the level file itself (not a door, not a piece of furniture): play never changes them, so
 * a body or an item in one was saved on another version of the level.
 */
function plainWalls(level: Level): (tileX: number, tileY: number) => boolean {
  const { width } = level.grid;
  const doors = new Set(level.doors.map((door) => door.tileY * width + door.tileX));
  return (tileX, tileY) => {
    const cell = Math.floor(tileY) * width + Math.floor(tileX);
    return level.furniture.bare.cost[cell] === 0 && level.furniture.gids[cell] === 0 && !doors.has(cell);
  };
}

/** The state is for this level, and its students and zombies stand inside it, out of its walls, with paths over its cells. */
function checkBodies(state: SimState, fit: Fit): void {
  const { level, cells } = fit;
  const wall = plainWalls(level);
  if (state.levelId !== level.id) fail('', `is for level "${state.levelId}", not "${level.id}"`);
  // The zombies are the game in progress, however many the level places now (a tuning may add or
  // remove some): nothing looks a zombie up by its place in the level's list.
  if (state.students.length < 1) fail('', `does not match level "${level.id}" (got ${state.students.length} students; expected 1 to ${MAX_STUDENTS})`);
  const bodies = [...state.students.map((b) => ['students', b] as const), ...state.zombies.map((b) => ['zombies', b] as const)];
  const index = { students: 0, zombies: 0 };
  for (const [list, b] of bodies) {
    const i = index[list]++;
    if (b.id !== i) fail(`${list}[${i}].id`, `must be ${i} (got ${b.id})`);
    inside(fit, `${list}[${i}]`, b.x, b.y);
    if (wall(b.x, b.y)) changed(`${list}[${i}]`, `stands in a wall of level "${level.id}" at (${Math.floor(b.x)}, ${Math.floor(b.y)})`);
    if (b.path.length > cells) fail(`${list}[${i}].path`, `is longer than the level has cells (${b.path.length})`);
    b.path.forEach((cell, j) => cellIn(fit, `${list}[${i}].path[${j}]`, cell));
  }
}

/** Doors, furniture, the stalker's entry and the lamps match the level's own. */
function checkLevelShaped(state: SimState, fit: Fit): void {
  const { level, width } = fit;
  if (state.doors.length !== level.doors.length) changed('doors', `does not match level "${level.id}" (${state.doors.length} doors; the level has ${level.doors.length})`);
  state.doors.forEach((d, i) => {
    const placed = level.doors[i]!;
    if (d.id !== i) fail(`doors[${i}].id`, `must be ${i} (got ${d.id})`);
    if (d.kind !== placed.kind || d.tileX !== placed.tileX || d.tileY !== placed.tileY) changed(`doors[${i}]`, `is not the level's ${placed.kind} at ${placed.tileX},${placed.tileY}`);
    if (d.health > d.maxHealth) fail(`doors[${i}].health`, `is above its maxHealth (${d.health} > ${d.maxHealth})`);
  });
  if (state.furniture.length !== level.furniture.pieces.length)
    changed('furniture', `does not match level "${level.id}" (${state.furniture.length} pieces; the level has ${level.furniture.pieces.length})`);
  const pieceCells = new Set<number>();
  state.furniture.forEach((piece, i) => {
    if (piece.id !== i) fail(`furniture[${i}].id`, `must be ${i} (got ${piece.id})`);
    inside(fit, `furniture[${i}]`, piece.tileX, piece.tileY);
    const cell = piece.tileY * width + piece.tileX;
    if (pieceCells.has(cell)) fail(`furniture[${i}]`, `shares tile (${piece.tileX}, ${piece.tileY}) with another piece`);
    pieceCells.add(cell);
  });
  if (state.stalker !== null) {
    inside(fit, 'stalker', state.stalker.tileX, state.stalker.tileY);
    if (level.grid.cost[state.stalker.tileY * width + state.stalker.tileX] === 0) fail('stalker', `enters at a wall (${state.stalker.tileX}, ${state.stalker.tileY})`);
  }
  if (state.lampsOn.length !== level.lights.length) changed('lampsOn', `does not match level "${level.id}" (${state.lampsOn.length} lights; the level has ${level.lights.length})`);
  state.lampsOn.forEach((on, i) => {
    if (!on && level.lights[i]!.kind === 'fire' && level.lights[i]!.on) fail(`lampsOn[${i}]`, 'puts out a fire, which nothing can do');
  });
}

/** Every id names something the state has, and the minds and objectives match the level. */
function checkReferences(state: SimState, fit: Fit): void {
  const { level, width, height } = fit;
  if (state.push.studentId >= state.students.length) fail('push.studentId', `names no student (got ${state.push.studentId})`);
  if (state.push.pieceId >= state.furniture.length) fail('push.pieceId', `names no piece of furniture (got ${state.push.pieceId})`);
  state.zombies.forEach((zb, i) => {
    if (zb.bashDoorId >= state.doors.length) fail(`zombies[${i}].bashDoorId`, `names no door (got ${zb.bashDoorId})`);
    if (zb.targetId >= state.students.length) fail(`zombies[${i}].targetId`, `names no student (got ${zb.targetId})`);
    if (zb.homeX >= width || zb.homeY >= height) fail(`zombies[${i}]`, `home (${zb.homeX}, ${zb.homeY}) is outside the level`);
    if (!(zb.goalX >= -1 && zb.goalX <= width && zb.goalY >= -1 && zb.goalY <= height)) fail(`zombies[${i}]`, `goal (${zb.goalX}, ${zb.goalY}) is outside the level`);
  });
  if (state.controlledId >= state.students.length) fail('controlledId', `names no student (got ${state.controlledId})`);
  if (state.minds.noiseMakers.length !== level.noiseMakers.length)
    changed('minds.noiseMakers', `does not match level "${level.id}" (got ${state.minds.noiseMakers.length} noise makers; expected ${level.noiseMakers.length})`);
  if (state.minds.lureMemory.some(([id]) => id >= state.zombies.length)) fail('minds.lureMemory', 'names a zombie the state does not have');
  state.minds.noiseMasks?.forEach((mask, i) => {
    inside(fit, `minds.noiseMasks[${i}]`, mask.tileX, mask.tileY);
    const longest = state.tick + NOISE_MASK[mask.kind].durationTicks;
    if (mask.untilTick > longest) fail(`minds.noiseMasks[${i}].untilTick`, `is ${mask.untilTick}, past the longest ${mask.kind} mask from tick ${state.tick} (${longest})`);
  });
  if (state.objectives.length !== level.objectives.length) changed('objectives', `does not match level "${level.id}" (got ${state.objectives.length} objectives; expected ${level.objectives.length})`);
}

/** Every item is in one place only, with an id handed out already; lures lie inside the level. */
function checkItems(state: SimState, fit: Fit): void {
  const { width, height } = fit;
  const wall = plainWalls(fit.level);
  const itemIds = new Set<number>();
  const oneItem = (path: string, id: number): void => {
    if (itemIds.has(id)) fail(`${path}.id`, `repeats id ${id}`);
    if (id >= state.nextItemId) fail(`${path}.id`, `is ${id}, not below nextItemId ${state.nextItemId}`);
    itemIds.add(id);
  };
  state.items.forEach((item, i) => {
    if (item.tileX >= width || item.tileY >= height) fail(`items[${i}]`, `tile (${item.tileX}, ${item.tileY}) is outside the level`);
    if (wall(item.tileX, item.tileY)) changed(`items[${i}]`, `lies in a wall of level "${fit.level.id}" at (${item.tileX}, ${item.tileY})`);
    oneItem(`items[${i}]`, item.id);
  });
  state.students.forEach((s, i) => {
    s.pack.forEach((item, j) => oneItem(`students[${i}].pack[${j}]`, item.id));
    if (s.weaponId >= 0 && !s.pack.some((item) => item.id === s.weaponId)) fail(`students[${i}].weaponId`, `names no carried item (got ${s.weaponId})`);
  });
  state.lures.forEach((lure, i) => {
    if (lure.phone !== undefined) oneItem(`lures[${i}].phone`, lure.phone.id);
  });
  if (itemIds.size > MAX_ITEMS) fail('items', `holds more than ${MAX_ITEMS} items`);
  state.lures.forEach((lure, i) => inside(fit, `lures[${i}]`, lure.x, lure.y));
}

/**
 * The level objects the doors and items came from are the level's own: door i is the level's door
 * i, and the level's items are the ones the state names, each for one item the state had (an item
 * used up is named still). Anything else: the level changed since the state was saved.
 */
function checkLevelObjects(state: SimState, fit: Fit): void {
  const { level } = fit;
  const { doors, items } = state.levelObjects;
  if (doors !== null) {
    if (doors.length !== state.doors.length) fail('levelObjects.doors', `names ${doors.length} doors; the state has ${state.doors.length}`);
    doors.forEach((objectId, i) => {
      if (objectId !== level.doors[i]!.objectId) changed(`levelObjects.doors[${i}]`, `is object ${objectId}; door ${i} of level "${level.id}" is object ${level.doors[i]!.objectId}`);
    });
  }
  if (items === null) return;
  const itemIds = new Set<number>();
  const objectIds = new Set<number>();
  items.forEach(([itemId, objectId], i) => {
    if (itemIds.has(itemId) || objectIds.has(objectId)) fail(`levelObjects.items[${i}]`, `names item ${itemId} or object ${objectId} twice`);
    if (itemId >= state.nextItemId) fail(`levelObjects.items[${i}]`, `names item ${itemId}, not below nextItemId ${state.nextItemId}`);
    itemIds.add(itemId);
    objectIds.add(objectId);
  });
  const placed = new Set(level.items.map((item) => item.objectId));
  const missing = level.items.find((item) => !objectIds.has(item.objectId));
  if (missing !== undefined) changed('levelObjects.items', `does not name the level's item object ${missing.objectId} (${missing.kind} at ${missing.tileX},${missing.tileY})`);
  const gone = [...objectIds].find((id) => !placed.has(id));
  if (gone !== undefined) changed('levelObjects.items', `names object ${gone}, which level "${level.id}" no longer places`);
}

/** Changed cells, the blood trail and the explored runs are cells of the level; the trail laid no later than the state's tick. */
function checkCells(state: SimState, fit: Fit): void {
  const { cells } = fit;
  let after = 0;
  state.explored.forEach(([first, count], i) => {
    if (first < after || first + count > cells) fail(`explored[${i}]`, `run of ${count} from cell ${first} is out of order or outside the level (${cells} cells)`);
    after = first + count + 1;
  });
  if (state.changedCells.length > cells) fail('changedCells', `has more entries than the level has cells (${state.changedCells.length})`);
  state.changedCells.forEach(([cell], i) => cellIn(fit, `changedCells[${i}][0]`, cell));
  if (state.scent.length > cells) fail('scent', `has more entries than the level has cells (${state.scent.length})`);
  state.scent.forEach(([cell, tick], i) => {
    cellIn(fit, `scent[${i}][0]`, cell);
    if (tick > state.tick) fail(`scent[${i}][1]`, `was laid at tick ${tick}, after the state's tick ${state.tick}`);
  });
}

/** Every cell, position and id must fit the level the state is loaded into. */
export function checkAgainstLevel(state: SimState, level: Level): void {
  const { width, height } = level.grid;
  const fit: Fit = { level, width, height, cells: width * height };
  checkBodies(state, fit);
  checkLevelShaped(state, fit);
  checkReferences(state, fit);
  checkItems(state, fit);
  checkLevelObjects(state, fit);
  checkCells(state, fit);
}
