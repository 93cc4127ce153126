import { describe, expect, it } from 'vitest';
import { formatLevelError, formatJsonPath } from '../../../src/core/level/level-error';
import { MAX_JSON_DEPTH, MAX_LEVEL_BYTES, parseLevel } from '../../../src/core/level/parse-level';
import { SHIPPED_LEVEL_FILE, shippedLevelText, tiledFromAscii } from '../level-fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const shipped = (): Json => JSON.parse(shippedLevelText()) as Json;
const layerIndex = (map: Json, name: string): number => (map['layers'] as Json[]).findIndex((layer) => layer['name'] === name);

function errorsOf(map: Json | string, file = 'levels/broken.json'): string[] {
  const result = parseLevel(typeof map === 'string' ? map : JSON.stringify(map, null, 1), file);
  if (result.ok) throw new Error('expected the level to be rejected');
  return result.errors.map(formatLevelError);
}

describe('parseLevel on the shipped level', () => {
  it('reads the classroom wing: walls, students, zombies, items and the stairs exit', () => {
    const result = parseLevel(shippedLevelText(), SHIPPED_LEVEL_FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { level } = result;
    expect(level.id).toBe('01-classroom-wing');
    expect(level.title).toBe('Second floor, classroom wing');
    expect([level.width, level.height]).toEqual([48, 23]);
    expect(level.students.map((s) => s.name)).toEqual(['Min-jun', 'Seo-yeon', 'Ha-eun']);
    expect(level.zombies.map((z) => z.kind).sort()).toEqual(['crawler', 'runner', 'walker', 'walker', 'walker', 'walker', 'walker', 'walker']);
    expect(level.items.map((i) => i.kind)).toEqual(expect.arrayContaining(['food', 'water']));
    expect(level.exits).toEqual([{ tileX: 38, tileY: 2, width: 4, height: 2 }]);
    // The outer wall is solid and blocks sight; the corridor is open.
    expect(level.grid.cost[0]).toBe(0);
    expect(level.grid.opaque[0]).toBe(1);
    expect(level.grid.cost[13 * level.width + 20]).toBe(1);
  });
});

describe('parseLevel accepts what Tiled writes', () => {
  it('ignores the keys Tiled owns (editor settings, classes, parallax, tint, locks, ...)', () => {
    const map = shipped();
    Object.assign(map, {
      compressionlevel: 9,
      editorsettings: { export: { format: 'json', target: 'x.json' } },
      class: 'floor-plan',
      parallaxoriginx: 0,
      parallaxoriginy: 0,
      backgroundcolor: '#000000',
      hexsidelength: 0,
    });
    for (const layer of map['layers'] as Json[]) Object.assign(layer, { class: '', locked: true, offsetx: 0, offsety: 0, parallaxx: 1, parallaxy: 1, tintcolor: '#ffffff', repeatx: false });
    const zombie = map['layers'][layerIndex(map, 'zombies')]['objects'][0] as Json;
    Object.assign(zombie, { rotation: 0, visible: true, ellipse: false, template: undefined });
    map['tilesets'][0]['transparentcolor'] = '#ff00ff';
    map['tilesets'][0]['objectalignment'] = 'unspecified';
    const result = parseLevel(JSON.stringify(map), 'levels/tiled.json');
    expect(result.ok ? [] : result.errors.map(formatLevelError)).toEqual([]);
  });

  it("takes a student's name from the object when the `name` property is empty (a resolved Tiled type default)", () => {
    const map = shipped();
    const student = map['layers'][layerIndex(map, 'students')]['objects'][1] as Json;
    student['name'] = 'Seo-yeon';
    (student['properties'] as Json[]).find((p) => p['name'] === 'name')!['value'] = '';
    const result = parseLevel(JSON.stringify(map), 'levels/resolved.json');
    expect(result.ok && result.level.students[1]!.name).toBe('Seo-yeon');
  });

  it("reads an object's kind from `class` when `type` is empty (Tiled 1.9)", () => {
    const map = shipped();
    const zombie = map['layers'][layerIndex(map, 'zombies')]['objects'][0] as Json;
    zombie['type'] = '';
    zombie['class'] = 'brute';
    const result = parseLevel(JSON.stringify(map), 'levels/tiled-1.9.json');
    expect(result.ok && result.level.zombies[0]!.kind).toBe('brute');
  });
});

describe('parseLevel errors name the file, line:col, JSON path, the bad value and what was expected', () => {
  it('reports a wrong type', () => {
    const map = shipped();
    map['width'] = '48';
    expect(errorsOf(map)).toEqual([expect.stringMatching(/^levels\/broken\.json:\d+:\d+ width: wrong type \(got "48"; expected number\)$/)]);
  });

  it('reports an unknown zombie kind with a suggestion', () => {
    const map = shipped();
    const zombies = layerIndex(map, 'zombies');
    map['layers'][zombies]['objects'][2]['type'] = 'runer';
    const [error] = errorsOf(map);
    expect(error).toMatch(
      new RegExp(
        `^levels/broken\\.json:\\d+:\\d+ layers\\[${zombies}\\]\\.objects\\[2\\]\\.type: unknown zombie kind; did you mean "runner"\\? \\(got "runer"; expected one of walker, runner, crawler, brute, hunter\\)\n    fix: change the object's type \\(Tiled: its Type or Class field\\) from "runer" to "runner"$`,
      ),
    );
  });

  it('reports a missing required layer', () => {
    const map = shipped();
    map['layers'] = (map['layers'] as Json[]).filter((layer) => layer['name'] !== 'exits');
    expect(errorsOf(map)).toEqual([expect.stringMatching(/ layers: missing required object layer \(got none named "exits"; expected a layer named "exits"\)$/)]);
  });

  it('reports an exit walled off from the spawn, pointing at the exit object', () => {
    const map = tiledFromAscii(`
      #######
      #S.#E.#
      #..#..#
      #######`);
    const errors = errorsOf(map, 'levels/walled.json');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^levels\/walled\.json:\d+:\d+ layers\[6\]\.objects\[0\]: exit cannot be reached from student spawn "S1" \(got exit tiles 4,1 to 4,1 walled off from tile 1,1 at layers\[3\]\.objects\[0\]; expected a walkable route\)$/,
    );
  });

  it('reports every error at once, not just the first', () => {
    const map = shipped();
    const zombies = layerIndex(map, 'zombies');
    map['layers'][zombies]['objects'][0]['type'] = 'ghost';
    map['layers'][zombies]['objects'][1]['type'] = 'vampire';
    map['layers'][layerIndex(map, 'items')]['objects'][0]['type'] = 'cake';
    expect(errorsOf(map)).toHaveLength(3);
  });

  it('reports a misnamed layer with a suggestion', () => {
    const map = shipped();
    map['layers'][layerIndex(map, 'furniture')]['name'] = 'furnture';
    expect(errorsOf(map)[0]).toMatch(
      /\.name: unknown tile layer; did you mean "furniture"\? \(got "furnture"; expected one of floor, walls, furniture, decals\)\n {4}fix: change the layer's name from "furnture" to "furniture"$/,
    );
  });

  it('reports an object placed inside a wall', () => {
    const map = shipped();
    const items = layerIndex(map, 'items');
    map['layers'][items]['objects'][0]['x'] = 8;
    map['layers'][items]['objects'][0]['y'] = 8;
    expect(errorsOf(map)[0]).toMatch(new RegExp(`layers\\[${items}\\]\\.objects\\[0\\]\\.x: object stands in a wall or off the floor \\(got tile 0,0; expected a walkable tile\\)$`));
  });

  it('reports invalid JSON with the line and column of the mistake', () => {
    const text = shippedLevelText().replace(/("orientation":\s*"orthogonal"),/, '$1,,');
    const line = text.split('\n').findIndex((l) => /"orthogonal",,/.test(l)) + 1;
    expect(line).toBeGreaterThan(0);
    const [error] = errorsOf(text);
    expect(error).toMatch(new RegExp(`^levels/broken\\.json:${line}:\\d+ \\(root\\): not valid JSON: \\w+`));
  });

  it('reports external and compressed tilesets and layers the renderer cannot read', () => {
    const external = shipped();
    external['tilesets'][0]['source'] = 'school.tsx';
    expect(errorsOf(external).join('\n')).toMatch(/tilesets\[0\]\.source: external tilesets are not supported/);
    const compressed = shipped();
    compressed['layers'][0]['data'] = 'eJzt';
    compressed['layers'][0]['encoding'] = 'base64';
    compressed['layers'][0]['compression'] = 'zlib';
    expect(errorsOf(compressed).join('\n')).toMatch(/layers\[0\]\.data: compressed layer data is not supported/);
  });

  it('reads uncompressed base64 layer data like CSV', () => {
    const csv = shipped();
    const base64 = shipped();
    const data = csv['layers'][0]['data'] as number[];
    const bytes = Buffer.alloc(data.length * 4);
    data.forEach((value, i) => bytes.writeUInt32LE(value, i * 4));
    base64['layers'][0]['data'] = bytes.toString('base64');
    base64['layers'][0]['encoding'] = 'base64';
    const a = parseLevel(JSON.stringify(csv), 'a.json');
    const b = parseLevel(JSON.stringify(base64), 'a.json');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(Array.from(b.level.grid.cost)).toEqual(Array.from(a.level.grid.cost));
  });

  it('checks size and nesting limits before parsing anything', () => {
    expect(errorsOf(' '.repeat(MAX_LEVEL_BYTES + 1))[0]).toMatch(/level file is too large/);
    expect(errorsOf('['.repeat(MAX_JSON_DEPTH + 5) + ']'.repeat(MAX_JSON_DEPTH + 5))[0]).toMatch(
      /^levels\/broken.json:1:33 \(root\): JSON is nested too deeply \(got a bracket 33 levels deep here; expected at most 32\)/,
    );
    const huge = shipped();
    huge['width'] = 100000;
    expect(errorsOf(huge)[0]).toMatch(/width: too big \(got 100000; expected at most 512\)/);
  });

  it('never throws on hostile input', () => {
    for (const text of [
      '',
      'null',
      '[]',
      '{}',
      '"map"',
      '{"layers": {"__proto__": {}}}',
      '{"orientation":"orthogonal","width":1,"height":1,"tilewidth":16,"tileheight":16,"tilesets":[],"layers":[]}',
    ]) {
      const result = parseLevel(text, 'x.json');
      expect(result.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('formatJsonPath', () => {
  it('writes array indices in brackets and keys with dots', () => {
    expect(formatJsonPath(['layers', 3, 'objects', 12, 'type'])).toBe('layers[3].objects[12].type');
    expect(formatJsonPath([])).toBe('(root)');
    expect(formatJsonPath(['properties', 'odd key'])).toBe('properties["odd key"]');
  });
});
