/** ASCII test levels (tests/core/level-fixture.ts) with an `objectives` layer and map properties added. */

import type { Level } from '../../../../src/core/level/level';
import { parseLevel } from '../../../../src/core/level/parse-level';
import { tiledFromAscii } from '../../level-fixture';

type Props = Record<string, string | number | boolean>;
/** Properties Tiled types as float even when the value is whole. */
const FLOATS = new Set(['noise', 'seconds', 'startHour', 'clockSpeed']);
const properties = (props: Props) =>
  Object.entries(props).map(([name, value]) => ({ name, type: typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'string' : FLOATS.has(name) ? 'float' : 'int', value }));

/** A point objective on tile x,y. */
export const pointObjective = (type: string, x: number, y: number, props: Props = {}, name = '') => ({ type, name, x: x * 16 + 8, y: y * 16 + 8, point: true, properties: properties(props) });
/** A rectangle objective covering tiles x..x+w-1, y..y+h-1. */
export const rectObjective = (type: string, x: number, y: number, w: number, h: number, props: Props = {}, name = '') => ({
  type,
  name,
  x: x * 16,
  y: y * 16,
  width: w * 16,
  height: h * 16,
  properties: properties(props),
});

export function levelWithObjectives(ascii: string, objectives: object[], mapProps: Props = {}): Level {
  const map = tiledFromAscii(ascii);
  map.layers.push({ id: 99, name: 'objectives', type: 'objectgroup', objects: objectives.map((o, i) => ({ id: 500 + i, ...o })) });
  if (Object.keys(mapProps).length > 0) map['properties'] = properties(mapProps);
  const result = parseLevel(JSON.stringify(map), 'objectives-test.json');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('\n'));
  return result.level;
}
