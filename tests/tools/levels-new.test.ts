/**
 * Plain-text sketches: a sketch using every symbol of levels/sketches/legend.txt becomes a level the
 * checker passes and the simulation plays, and `npm run levels:new` never overwrites a file.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OBJECT_KINDS } from '../../src/core/level/level-schema';
import { parseLevel } from '../../src/core/level/parse-level';
import { createSimulation } from '../../src/core/sim/simulation';
import { formatLevelJson, readTileset } from '../../tools/level-sketch/tileset';
import { parseLegend, parseSketch, textSketchToTiled } from '../../tools/level-sketch/text-sketch';

const SKETCH = 'levels/sketches/every-symbol.txt';
const legendText = readFileSync('levels/sketches/legend.txt', 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'hyosan-sketch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the sketches in levels/sketches', () => {
  const legend = parseLegend(legendText);
  const names = readdirSync('levels/sketches').filter((name) => name.endsWith('.txt') && name !== 'legend.txt');

  it("are every first draft: the shipped levels' and the every-symbol one", () => {
    expect(names).toEqual(expect.arrayContaining(['02-science-wing.txt', '05-music-room.txt', '08-rooftop.txt', 'siege.txt', 'every-symbol.txt']));
  });

  it.each(names)('%s becomes a level the checker passes', (name) => {
    const sketch = parseSketch(readFileSync(`levels/sketches/${name}`, 'utf8'), name);
    const result = parseLevel(formatLevelJson(textSketchToTiled(sketch, legend, readTileset(), '../assets/tiles/school.png')), `levels/${name.replace('.txt', '.json')}`);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
    if (result.ok) expect(result.level.exits.length).toBeGreaterThan(0);
  });

  it('an exit header gives a named exit rectangle; a desk takes the floor before it in its row', () => {
    const sketch = parseSketch('title: T\nfloor: floor-linoleum\nstudents: A 0\nexit: 3,1 2x1 Stairs\n\n######\n#S.,d#\n######\n', 'x');
    const map = textSketchToTiled(sketch, legend, readTileset(), 'x.png') as { layers: { name: string; data?: number[]; objects?: { name: string; width: number }[] }[] };
    const exits = map.layers.find((l) => l.name === 'exits')!.objects!;
    expect(exits).toEqual([expect.objectContaining({ name: 'Stairs', width: 32 })]);
    const floor = map.layers.find((l) => l.name === 'floor')!.data!;
    expect(floor[6 + 4]).toBe(floor[6 + 3]); // the desk at 4,1 stands on the corridor floor of 3,1
    expect(floor[6 + 4]).not.toBe(floor[6 + 2]);
  });
});

describe('a sketch with every legend symbol', () => {
  const legend = parseLegend(legendText);
  const sketch = parseSketch(readFileSync(SKETCH, 'utf8'), SKETCH);

  it('uses every symbol of the legend, and the legend has every kind of door, light and noise maker', () => {
    const used = new Set(sketch.rows.join(''));
    expect([...legend.keys()].filter((symbol) => !used.has(symbol))).toEqual([]);
    const kinds = [...legend.values()].map((entry) => entry.object);
    for (const kind of ['door', 'window', 'lamp', 'fire', 'speaker', 'paConsole', 'piano', 'fireAlarm', 'bell', 'exit', 'student']) expect(kinds).toContain(kind);
    expect([...legend.values()].some((entry) => entry.object === 'door' && entry.properties['locked'] === true)).toBe(true);
    // Every kind an object layer takes, but the objectives (header lines): each zombie and item too.
    const placeable = Object.entries(OBJECT_KINDS)
      .filter(([layer]) => layer !== 'objectives')
      .flatMap(([, list]) => list);
    expect(placeable.filter((kind) => !kinds.includes(kind))).toEqual([]);
  });

  it('becomes a level that passes the checker and plays', () => {
    const text = formatLevelJson(textSketchToTiled(sketch, legend, readTileset(), '../assets/tiles/school.png'));
    const result = parseLevel(text, 'levels/every-symbol.json');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const { level } = result;
    expect(level.doors.filter((door) => door.locked)).toHaveLength(2);
    expect(level.doors.find((door) => door.locked && !door.lockable)).toBeDefined();
    expect(level.lights.map((light) => light.kind).sort()).toEqual(['fire', 'lamp', 'lamp']);
    expect(level.noiseMakers.map((maker) => maker.kind).sort()).toEqual(['bell', 'fireAlarm', 'paConsole', 'piano', 'speaker']);
    expect(level.objectives.map((objective) => objective.kind)).toEqual(['collect', 'hold']);
    const simulation = createSimulation(level, { seed: 7 });
    const start = JSON.stringify(simulation.snapshot().zombies.map((z) => [z.x, z.y]));
    for (let tick = 0; tick < 200; tick++) simulation.step(tick < 40 ? [{ type: 'move', dx: 1, dy: 0 }] : []);
    const after = simulation.snapshot();
    expect(after.students[0]!.x).toBeGreaterThan(17); // tiles: it walked east from tile 15
    expect(JSON.stringify(after.zombies.map((z) => [z.x, z.y]))).not.toBe(start);
  });

  it('is written by npm run levels:new, which never overwrites a file', () => {
    const out = join(folder, 'every.json');
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'tools/levels-new.ts', SKETCH, out], { encoding: 'utf8', timeout: 60_000 });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('3 lights, 5 noise makers');
    writeFileSync(out, 'kept');
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('never overwrites');
    expect(readFileSync(out, 'utf8')).toBe('kept');
  });
});
