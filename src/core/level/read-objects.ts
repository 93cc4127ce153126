/**
 * The object layers of a Tiled map read into placements (students, zombies, items, exits,
 * objectives, doors, lights, noise makers), each checked where it stands; the map's own
 * properties (clock, light, director, hunter entry) read into the level's settings.
 */

import { isRole } from '../kernel/roles';
import type { ItemKind } from '../kernel/item-kinds';
import { type TileGrid } from '../grid/tile-grid';
import type { ZombieKind } from '../kernel/tuning';
import { ticks } from '../kernel/tuning';
import { DOORS, NOISE_MAKERS } from '../kernel/tuning-world';
import type { DoorPlacement, ItemPlacement, LevelSettings, LightPlacement, NoiseMakerPlacement, Objective, StudentSpawn, TileRect, ZombieSpawn } from './level';
import type { AddError, JsonPath } from './level-error';
import { type TiledMap, type TiledObject, type TiledProperty } from './level-schema';
import { MAX_STUDENT_NAME, MAX_STUDENTS, type Device, type DoorKind, type LightKind, type NoiseMakerKind, type ObjectiveKind } from './level-words';

function boolProperty(properties: readonly TiledProperty[] | undefined, name: string, fallback: boolean): boolean {
  const value = property(properties, name);
  return typeof value === 'boolean' ? value : fallback;
}

/** Map properties for the clock, light and director (ranges were checked by the schema). */
export function readSettings(map: TiledMap): LevelSettings {
  const properties = map.properties as TiledProperty[] | undefined;
  return {
    startHour: numberProperty(properties, 'startHour') ?? 17,
    clockSpeed: numberProperty(properties, 'clockSpeed') ?? 1,
    ambientLight: numberProperty(properties, 'ambientLight') ?? 0.6,
    director: boolProperty(properties, 'director', false),
    waves: boolProperty(properties, 'waves', false),
    hunterEntry: tileProperty(properties, 'hunterEntry'),
  };
}

export const LIGHT_DEFAULTS: Record<LightKind, { radius: number; brightness: number }> = { lamp: { radius: 5, brightness: 1 }, fire: { radius: 4, brightness: 0.9 } };
export const NOISE_MAKER_LOUDNESS: Record<NoiseMakerKind, number> = {
  speaker: NOISE_MAKERS.speaker.loudness,
  paConsole: NOISE_MAKERS.paConsole.loudness,
  piano: NOISE_MAKERS.piano.loudness,
  fireAlarm: NOISE_MAKERS.fireAlarm.loudness,
  bell: NOISE_MAKERS.bell.loudness,
};

/** A tile written "x,y" (the schema checked the form). */
function tileProperty(properties: readonly TiledProperty[] | undefined, name: string): { tileX: number; tileY: number } | null {
  const value = property(properties, name);
  if (typeof value !== 'string') return null;
  const [x, y] = value.split(',').map(Number);
  return { tileX: x!, tileY: y! };
}

/** The map's `hunterEntry` must be a walkable tile inside the map. */
export function checkHunterEntry(map: TiledMap, grid: TileGrid, add: AddError): void {
  const entry = tileProperty(map.properties as TiledProperty[] | undefined, 'hunterEntry');
  if (entry === null) return;
  const path: JsonPath = ['properties', map.properties!.findIndex((p) => p.name === 'hunterEntry'), 'value'];
  const where = `tile ${entry.tileX},${entry.tileY}`;
  if (entry.tileX >= map.width || entry.tileY >= map.height) add(path, `hunterEntry is outside the map (got ${where}; expected 0..${map.width - 1},0..${map.height - 1})`);
  else if (grid.cost[entry.tileY * map.width + entry.tileX] === 0) add(path, `hunterEntry is in a wall or off the floor (got ${where}; expected a walkable tile)`);
}

function property(properties: readonly TiledProperty[] | undefined, name: string): unknown {
  return properties?.find((p) => p.name === name)?.value;
}

export function numberProperty(properties: readonly TiledProperty[] | undefined, name: string): number | undefined {
  const value = property(properties, name);
  return typeof value === 'number' ? value : undefined;
}

export function stringProperty(properties: readonly TiledProperty[] | undefined, name: string): string | undefined {
  const value = property(properties, name);
  return typeof value === 'string' ? value : undefined;
}

/** A student's spawn from a `student` object or a `rescue` objective; `index` -1 leaves name and look to the caller. */
function studentSpawn(object: TiledObject, index: number, tileX: number, tileY: number): StudentSpawn {
  const properties = object.properties as TiledProperty[] | undefined;
  const given = (stringProperty(properties, 'name') ?? '').trim() || (object.name ?? '').trim();
  const look = property(properties, 'look');
  const role = property(properties, 'role');
  const fallbackName = index >= 0 ? `Student ${index + 1}` : '';
  return {
    name: (given || fallbackName).slice(0, MAX_STUDENT_NAME),
    look: typeof look === 'number' ? look : index >= 0 ? index % 4 : -1,
    ...(isRole(role) ? { role } : {}),
    tileX,
    tileY,
  };
}

export interface Placed {
  students: StudentSpawn[];
  zombies: ZombieSpawn[];
  items: ItemPlacement[];
  exits: TileRect[];
  objectives: Objective[];
  doors: DoorPlacement[];
  lights: LightPlacement[];
  noiseMakers: NoiseMakerPlacement[];
  /** JSON paths of each student, exit, objective and door, in the same order, for messages. */
  studentPaths: JsonPath[];
  doorPaths: JsonPath[];
  exitPaths: JsonPath[];
  objectivePaths: JsonPath[];
}

const RECT_OBJECTIVES: readonly ObjectiveKind[] = ['reach', 'hold'];

/** One object being read: where it is, its layer's name and JSON path, and what it says. */
interface Site {
  map: TiledMap;
  grid: TileGrid;
  add: AddError;
  object: TiledObject;
  /** The kind, checked by the schema (`class` adopted). */
  type: string;
  path: JsonPath;
  tileX: number;
  tileY: number;
  properties: TiledProperty[] | undefined;
}

/** What reading all the layers gathers besides the placements. */
interface Reading {
  placed: Placed;
  /** Students waiting to be rescued join the list after the group, whatever the layer order. */
  waiting: { spawn: StudentSpawn; path: JsonPath; objective: Objective }[];
  doorCells: Set<number>;
  hasFloor: Uint8Array;
}

const where = (site: Site): string => `tile ${site.tileX},${site.tileY}`;
const outsideMessage = (site: Site): string => `object is outside the map (got ${where(site)}; expected 0..${site.map.width - 1},0..${site.map.height - 1})`;
const isInside = ({ map, tileX, tileY }: Site): boolean => tileX >= 0 && tileY >= 0 && tileX < map.width && tileY < map.height;

/** The object is inside the map (a door, light or noise maker may stand on any tile). */
function checkInside(site: Site): boolean {
  if (isInside(site)) return true;
  site.add([...site.path, 'x'], outsideMessage(site));
  return false;
}

/** The object is inside the map on a walkable tile. */
function checkPoint(site: Site): boolean {
  if (!checkInside(site)) return false;
  if (site.grid.cost[site.tileY * site.map.width + site.tileX] === 0) {
    site.add([...site.path, 'x'], `object stands in a wall or off the floor (got ${where(site)}; expected a walkable tile)`);
    return false;
  }
  return true;
}

/** The object's rectangle in tiles, inside the map; `what` names it in messages ("an exit"). */
function rectOf(site: Site, what: string): TileRect | undefined {
  const { object, map, tileX, tileY, path } = site;
  const tile = map.tilewidth;
  const width = object.width ?? 0;
  const height = object.height ?? 0;
  if (width <= 0 || height <= 0) {
    site.add([...path, 'width'], `${what} must be a rectangle (got ${width}x${height} pixels; expected a width and height above 0)`);
    return undefined;
  }
  const rect: TileRect = { tileX, tileY, width: Math.ceil((object.x + width) / tile) - tileX, height: Math.ceil((object.y + height) / tile) - tileY };
  if (rect.tileX < 0 || rect.tileY < 0 || rect.tileX + rect.width > map.width || rect.tileY + rect.height > map.height) {
    const subject = what.startsWith('an exit') ? 'exit' : 'objective area';
    site.add(
      [...path, 'x'],
      `${subject} reaches outside the map (got tiles ${rect.tileX},${rect.tileY} to ${rect.tileX + rect.width - 1},${rect.tileY + rect.height - 1}; expected inside 0..${map.width - 1},0..${map.height - 1})`,
    );
    return undefined;
  }
  return rect;
}

/** A device may stand on a solid tile (a piano), but a student must be able to stand beside it. */
function checkDevice(site: Site): boolean {
  const { map, grid, tileX, tileY } = site;
  if (!isInside(site)) return checkPoint(site);
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const x = tileX + dx;
      const y = tileY + dy;
      if (x >= 0 && y >= 0 && x < map.width && y < map.height && grid.cost[y * map.width + x]! > 0) return true;
    }
  }
  site.add([...site.path, 'x'], `a device needs a walkable tile beside it (got tile ${tileX},${tileY} with none around it; expected a walkable tile on or next to it)`);
  return false;
}

function readDoor(site: Site, reading: Reading): void {
  if (!checkInside(site)) return;
  const { map, tileX, tileY, path, type, properties } = site;
  const cell = tileY * map.width + tileX;
  if (reading.hasFloor[cell] === 0) {
    site.add([...path, 'x'], `a ${type} needs a floor tile under it (got ${where(site)} with no floor; expected a tile of the floor layer)`);
    return;
  }
  if (reading.doorCells.has(cell)) {
    site.add([...path, 'x'], `two doors or windows on one tile (got a second one at ${where(site)}; expected one per tile)`);
    return;
  }
  reading.doorCells.add(cell);
  reading.placed.doorPaths.push(path);
  const kind = type as DoorKind;
  reading.placed.doors.push({
    objectId: site.object.id,
    kind,
    tileX,
    tileY,
    open: boolProperty(properties, 'open', false),
    locked: kind === 'door' && boolProperty(properties, 'locked', false),
    lockable: kind === 'door' && boolProperty(properties, 'lockable', true),
    strength: numberProperty(properties, 'strength') ?? (kind === 'window' ? DOORS.windowHealth : DOORS.doorHealth),
    barricade: numberProperty(properties, 'barricade') ?? 0,
  });
}

function readLight(site: Site, { placed }: Reading): void {
  if (!checkInside(site)) return;
  const { tileX, tileY, properties } = site;
  const kind = site.type as LightKind;
  placed.lights.push({
    kind,
    tileX,
    tileY,
    radius: numberProperty(properties, 'radius') ?? LIGHT_DEFAULTS[kind].radius,
    brightness: numberProperty(properties, 'brightness') ?? LIGHT_DEFAULTS[kind].brightness,
    on: boolProperty(properties, 'on', true),
  });
}

function readNoiseMaker(site: Site, { placed }: Reading): void {
  if (!checkInside(site)) return;
  const kind = site.type as NoiseMakerKind;
  placed.noiseMakers.push({ kind, tileX: site.tileX, tileY: site.tileY, loudness: numberProperty(site.properties, 'loudness') ?? NOISE_MAKER_LOUDNESS[kind] });
}

function readStudent(site: Site, { placed }: Reading): void {
  if (!checkPoint(site)) return;
  placed.students.push(studentSpawn(site.object, placed.students.length, site.tileX, site.tileY));
  placed.studentPaths.push(site.path);
}

function readExit(site: Site, { placed }: Reading): void {
  const rect = rectOf(site, 'an exit');
  if (rect === undefined) return;
  placed.exits.push(rect);
  placed.exitPaths.push(site.path);
}

function objectiveArea(site: Site, kind: ObjectiveKind): TileRect | undefined {
  const single = { tileX: site.tileX, tileY: site.tileY, width: 1, height: 1 };
  if (RECT_OBJECTIVES.includes(kind)) return rectOf(site, `a "${kind}" objective`);
  if (kind === 'activate') return checkDevice(site) ? single : undefined;
  return checkPoint(site) ? single : undefined;
}

function readObjective(site: Site, reading: Reading): void {
  const { object, properties, path } = site;
  const kind = site.type as ObjectiveKind;
  const area = objectiveArea(site, kind);
  if (area === undefined) return;
  const objective: Objective = { kind, label: (object.name ?? '').trim(), step: numberProperty(properties, 'step') ?? 1, area };
  const labelKo = stringProperty(properties, 'labelKo')?.trim();
  if (labelKo !== undefined && labelKo !== '') objective.labelKo = labelKo;
  if (kind === 'activate') {
    objective.device = (stringProperty(properties, 'device') ?? 'switch') as Device;
    objective.noiseRadius = numberProperty(properties, 'noise') ?? 0;
    objective.soundTicks = ticks(numberProperty(properties, 'seconds') ?? 0);
  } else if (kind === 'hold') {
    objective.holdTicks = Math.max(1, ticks(numberProperty(properties, 'seconds') ?? 30));
    if (property(properties, 'untilDawn') === true) objective.untilDawn = true;
  } else if (kind === 'rescue') {
    objective.escort = property(properties, 'escort') === true;
    reading.waiting.push({ spawn: { ...studentSpawn(object, -1, site.tileX, site.tileY), waiting: true }, path, objective });
  }
  reading.placed.objectives.push(objective);
  reading.placed.objectivePaths.push(path);
}

/** How each object layer is read, by the layer's name. */
const READERS: Readonly<Record<string, (site: Site, reading: Reading) => void>> = {
  doors: readDoor,
  lights: readLight,
  noisemakers: readNoiseMaker,
  students: readStudent,
  zombies: (site, { placed }) => {
    if (checkPoint(site)) placed.zombies.push({ kind: site.type as ZombieKind, tileX: site.tileX, tileY: site.tileY });
  },
  items: (site, { placed }) => {
    if (checkPoint(site)) placed.items.push({ objectId: site.object.id, kind: site.type as ItemKind, tileX: site.tileX, tileY: site.tileY });
  },
  exits: readExit,
  objectives: readObjective,
};

/** Students to rescue join after the group; then the counts every level needs (a student, an exit, not too many students). */
function finishStudents(map: TiledMap, objectLayers: Map<string, number>, { placed, waiting }: Reading, add: AddError): void {
  for (const { spawn, path, objective } of waiting) {
    objective.studentIndex = placed.students.length;
    if (spawn.name === '') spawn.name = `Student ${placed.students.length + 1}`;
    if (spawn.look < 0) spawn.look = placed.students.length % 4;
    placed.students.push(spawn);
    placed.studentPaths.push(path);
  }
  const layerObjects = (layerName: string): number => {
    const layer = map.layers[objectLayers.get(layerName) ?? -1];
    return layer?.type === 'objectgroup' ? layer.objects.length : 0;
  };
  // "None at all" only when the layer is empty: a misplaced one already has its own error.
  if (layerObjects('students') === 0) add(['layers', objectLayers.get('students') ?? 0, 'objects'], 'no student spawn (got 0 objects of type "student"; expected at least 1)');
  if (layerObjects('exits') === 0) add(['layers', objectLayers.get('exits') ?? 0, 'objects'], 'no exit (got 0 objects of type "exit"; expected at least 1)');
  if (placed.students.length > MAX_STUDENTS) {
    const counted = waiting.length > 0 ? `${placed.students.length}, counting ${waiting.length} to rescue` : `${placed.students.length}`;
    add(['layers', objectLayers.get('students') ?? 0, 'objects'], `too many students (got ${counted}; expected at most ${MAX_STUDENTS})`);
  }
}

export function readObjects(map: TiledMap, objectLayers: Map<string, number>, grid: TileGrid, add: AddError, hasFloor: Uint8Array): Placed {
  const placed: Placed = {
    students: [],
    zombies: [],
    items: [],
    exits: [],
    objectives: [],
    doors: [],
    lights: [],
    noiseMakers: [],
    studentPaths: [],
    doorPaths: [],
    exitPaths: [],
    objectivePaths: [],
  };
  const reading: Reading = { placed, waiting: [], doorCells: new Set(), hasFloor };
  for (const [name, index] of objectLayers) {
    const layer = map.layers[index]!;
    const read = READERS[name];
    if (layer.type !== 'objectgroup' || read === undefined) continue;
    layer.objects.forEach((object, k) => {
      const tileX = Math.floor(object.x / map.tilewidth);
      const tileY = Math.floor(object.y / map.tilewidth);
      read({ map, grid, add, object, type: object.type, path: ['layers', index, 'objects', k], tileX, tileY, properties: object.properties as TiledProperty[] | undefined }, reading);
    });
  }
  finishStudents(map, objectLayers, reading, add);
  return placed;
}
