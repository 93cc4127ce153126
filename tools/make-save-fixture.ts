/**
 * Writes a saved game as the game writes it — `encodeSave` of `saveContentOf` a running
 * simulation, what the autosave slot holds — into tests/fixtures/saves/, with a sidecar of the
 * state hashes it gives when loaded and played on. tests/game/save-fixture.test.ts checks that
 * later builds still load it and play it to the same hashes.
 *
 * The game played: level 1 on Normal from a new game (no campaign yet), 300 ticks of real commands —
 * the first student walks to classroom 2-5 and picks up the phone, the second walks west and into
 * the corridor where walkers see her and give chase, the first is taken back to the classroom.
 *
 * A fixture is made once, by the build it stands for, and never remade: this refuses to
 * overwrite one. Run: `npx tsx tools/make-save-fixture.ts`.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { difficultyPreset } from '../src/core';
import type { Command } from '../src/core';
import type { SimEvent } from '../src/core';
import { parseLevel } from '../src/core';
import { createSimulation } from '../src/core';
import { runnerImport } from 'vite';
import type * as Autosave from '../src/game/save/autosave';
import { crc32, encodeSave } from '../src/game/save/envelope';
import { SAVE_FIXTURE_DIR, type SaveFixtureSidecar } from './save-fixture-file';

const NAME = '01-classroom-wing-t300';
const LEVEL_FILE = 'levels/01-classroom-wing.json';
const SEED = 424242;
const SAVE_AT = 300;
/** What the player does, by tick, up to the save. */
const PLAY: Readonly<Record<number, readonly Command[]>> = {
  1: [{ type: 'walkTo', tileX: 20, tileY: 3 }],
  100: [
    { type: 'switchStudent', studentId: 1 },
    { type: 'walkTo', tileX: 10, tileY: 2 },
  ],
  200: [{ type: 'order', order: 'hold' }],
  210: [{ type: 'move', dx: 0, dy: 1, gait: 'walk' }],
  250: [{ type: 'move', dx: 0, dy: 0 }],
  251: [{ type: 'walkTo', tileX: 10, tileY: 2 }],
  300: [
    { type: 'switchStudent', studentId: 0 },
    { type: 'walkTo', tileX: 13, tileY: 2 },
  ],
};
/** After loading: ticks from the save, with a command now and then, and where the hashes are taken. */
const AFTER: Readonly<Record<number, readonly Command[]>> = {
  20: [{ type: 'attack' }],
  60: [{ type: 'order', order: 'follow' }],
  120: [{ type: 'move', dx: 1, dy: 0, gait: 'run' }],
};
const AFTER_TICKS = 400;
const CHECK_EVERY = 50;

const savePath = `${SAVE_FIXTURE_DIR}/${NAME}.json`;
const sidecarPath = `${SAVE_FIXTURE_DIR}/${NAME}.expected.json`;
if (existsSync(savePath) || existsSync(sidecarPath)) {
  console.error(`${savePath} exists: a save fixture stands for the build that wrote it and is never remade.`);
  process.exit(1);
}

// The game's own autosave module, through Vite (it reaches the level library, which reads levels/ with import.meta.glob).
const { module: autosave } = await runnerImport<typeof Autosave>('/src/game/save/autosave.ts', { configFile: false, logLevel: 'warn' });
const { saveContentOf } = autosave;

const levelText = readFileSync(LEVEL_FILE, 'utf8');
const parsed = parseLevel(levelText, LEVEL_FILE);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
const level = parsed.level;

const simulation = createSimulation(level, { seed: SEED, difficulty: difficultyPreset('normal') });
const seen = new Set<SimEvent['type']>();
for (let tick = 1; tick <= SAVE_AT; tick++) for (const event of simulation.step(PLAY[tick] ?? [])) seen.add(event.type);
for (const needed of ['itemPickedUp', 'zombieAlerted', 'studentSwitched', 'orderGiven'] as const) {
  if (!seen.has(needed)) throw new Error(`the run to the save had no ${needed} event`);
}
if (simulation.status !== 'playing') throw new Error(`the run to the save ended (${simulation.status})`);
const text = encodeSave(saveContentOf(simulation, undefined));
const atLoad = simulation.stateHash();

// Played on from the save exactly as a load does it: the decoded state into a fresh simulation.
const content = JSON.parse(text) as { content: { seed: number; state: Parameters<typeof createSimulation>[1]['state'] } };
const resumed = createSimulation(level, { seed: content.content.seed, state: content.content.state, difficulty: difficultyPreset('normal') });
if (resumed.stateHash() !== atLoad) throw new Error('the saved state does not load to the state it was saved from');
const checkpoints: [number, string][] = [];
for (let i = 1; i <= AFTER_TICKS && resumed.status === 'playing'; i++) {
  resumed.step(AFTER[i] ?? []);
  if (i % CHECK_EVERY === 0 || resumed.status !== 'playing') checkpoints.push([resumed.tick, resumed.stateHash()]);
}

const sidecar: SaveFixtureSidecar = {
  description: 'level 1 on Normal, a new game: 300 ticks in, the phone picked up, walkers chasing the second student; saved with encodeSave(saveContentOf(simulation)). Made once; never remade.',
  levelId: level.id,
  levelFileCrc32: crc32(levelText),
  stateHashAtLoad: atLoad,
  tickAtLoad: simulation.tick,
  after: Object.entries(AFTER).map(([tick, commands]) => [Number(tick), [...commands]]),
  afterTicks: AFTER_TICKS,
  checkpoints,
  final: { tick: resumed.tick, status: resumed.status, hash: resumed.stateHash() },
};
mkdirSync(SAVE_FIXTURE_DIR, { recursive: true });
writeFileSync(savePath, text);
writeFileSync(sidecarPath, `${JSON.stringify(sidecar, null, 2)}\n`);
console.log(`wrote ${savePath} (${text.length} characters) and ${sidecarPath}: ${checkpoints.length} checkpoints, ends at tick ${resumed.tick} (${resumed.status})`);
