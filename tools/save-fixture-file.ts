/**
 * Save fixtures (tests/fixtures/saves/): saved games written by an earlier build, each beside a
 * sidecar of what it must give when loaded and played on. Written once by
 * tools/make-save-fixture.ts; read by tests/game/save-fixture.test.ts.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../src/core';

export const SAVE_FIXTURE_DIR = 'tests/fixtures/saves';

export interface SaveFixtureSidecar {
  description: string;
  levelId: string;
  /** CRC-32 of the level file the save was made on, to tell a changed level from a changed rule. */
  levelFileCrc32: string;
  tickAtLoad: number;
  /** `stateHash()` of the simulation the save was taken from (and of the loaded one). */
  stateHashAtLoad: string;
  /** Commands sent after loading, by ticks since the load (1 = the first tick played on). */
  after: [number, Command[]][];
  afterTicks: number;
  /** [tick, stateHash] while playing on. */
  checkpoints: [number, string][];
  final: { tick: number; status: string; hash: string };
}

export interface SaveFixture {
  name: string;
  /** The save exactly as the game stored it. */
  text: string;
  expected: SaveFixtureSidecar;
}

export function readSaveFixtures(dir = SAVE_FIXTURE_DIR): SaveFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      return {
        name,
        text: readFileSync(join(dir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as SaveFixtureSidecar,
      };
    });
}
