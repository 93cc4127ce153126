/**
 * Saved games as text: the envelope, its checksum, migrations and validation, and the slot store
 * (IndexedDB, here fake-indexeddb) with its backups and storage failures.
 */

import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/core/sim/simulation';
import { MAX_SAVE_BYTES, SAVE_VERSION, crc32, decodeSave, encodeSave, type Migration, type SaveContent } from '../../src/game/save/envelope';
import { MAX_KEPT, latestSave, listSlots, readKept, readPlayable, readRaw, readSave, writeRaw, writeSave } from '../../src/game/save/store';
import { preparePlayable } from '../../src/game/save/playable';
import { shippedLevel } from '../core/level-fixture';

function saveAt(ticks: number, savedAt = '2026-11-26T10:00:00.000Z'): SaveContent {
  const level = shippedLevel();
  const simulation = createSimulation(level, { seed: 7 });
  for (let i = 0; i < ticks; i++) simulation.step(i % 10 === 0 ? [{ type: 'move', dx: 1, dy: 0, gait: 'walk' }] : []);
  return { savedAt, levelId: level.id, seed: 7, playSeconds: ticks / 20, state: simulation.saveState() };
}

describe('the save envelope', () => {
  const content = saveAt(40);
  const text = encodeSave(content);

  it('round-trips, and the state continues the same game', () => {
    const decoded = decodeSave(text);
    expect(decoded).toEqual({ ok: true, save: content });
    if (!decoded.ok) return;
    const level = shippedLevel();
    const resumed = createSimulation(level, { seed: decoded.save.seed, state: decoded.save.state });
    const original = createSimulation(level, { seed: 7, state: content.state });
    for (let i = 0; i < 100; i++) {
      resumed.step([]);
      original.step([]);
    }
    expect(resumed.stateHash()).toBe(original.stateHash());
  });

  it('CRC-32 matches the standard check value', () => {
    expect(crc32('123456789')).toBe('cbf43926');
  });

  it('a truncated save is reported as damaged, at every cut', () => {
    for (let cut = 0; cut < text.length; cut += Math.max(1, Math.floor(text.length / 300))) {
      const result = decodeSave(text.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(['corrupt', 'empty']).toContain(result.problem.kind);
    }
  });

  it('any single flipped bit is caught (checksum, syntax or schema), never loaded', () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.nat({ max: 6 }), (index, bit) => {
        const flipped = text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) ^ (1 << bit)) + text.slice(index + 1);
        const result = decodeSave(flipped);
        if (result.ok) {
          // Only a flip that JSON reads back as the same content (whitespace-free text has none) may pass.
          expect(result.save).toEqual(content);
        } else {
          expect(['corrupt', 'version', 'invalid']).toContain(result.problem.kind);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a newer version is refused with a clear message, an unknown old one too', () => {
    const newer = decodeSave(encodeSave(content, SAVE_VERSION + 1));
    expect(newer).toMatchObject({ ok: false, problem: { kind: 'version', detail: expect.stringMatching(/newer version of the game/) } });
    expect(decodeSave(encodeSave(content, 0))).toMatchObject({ ok: false, problem: { kind: 'version' } });
  });

  it('an older version is brought up to date by the migration chain, then validated', () => {
    // A made-up history: version 1 stored `time` instead of `savedAt`, version 2 lacked `playSeconds`.
    const migrations: Record<number, Migration> = {
      1: ({ time, ...rest }) => ({ ...rest, savedAt: time }),
      2: (old) => ({ ...old, playSeconds: 0 }),
    };
    const { savedAt, playSeconds: _p, ...rest } = content;
    const v1 = encodeSave({ ...rest, time: savedAt } as unknown as SaveContent, 1);
    const migrated = decodeSave(v1, migrations, 3);
    expect(migrated).toMatchObject({ ok: true, migratedFrom: 1, save: { savedAt, playSeconds: 0 } });
    // A gap in the chain is reported, not skipped.
    expect(decodeSave(v1, { 1: migrations[1]! }, 3)).toMatchObject({ ok: false, problem: { kind: 'version', detail: expect.stringMatching(/version 2/) } });
    // A migration that throws is reported too.
    expect(
      decodeSave(
        v1,
        {
          1: () => {
            throw new Error('boom');
          },
          2: migrations[2]!,
        },
        3,
      ),
    ).toMatchObject({ ok: false, problem: { kind: 'version', detail: expect.stringMatching(/boom/) } });
  });

  it('wrong content with a right checksum is invalid, with the path', () => {
    const bad = encodeSave({ ...content, playSeconds: -1 });
    expect(decodeSave(bad)).toMatchObject({ ok: false, problem: { kind: 'invalid', detail: expect.stringMatching(/^playSeconds/) } });
    const otherLevel = encodeSave({ ...content, levelId: 'somewhere-else' });
    expect(decodeSave(otherLevel)).toMatchObject({ ok: false, problem: { kind: 'invalid', detail: expect.stringMatching(/state is for level/) } });
  });

  it('anything at all gives a result, never a throw; huge input is refused before parsing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant('{"format":"hyosan-save","version":1,"checksum":"00000000","content":{"__proto__":{"x":1}}}')), (input) => {
        expect(typeof decodeSave(input).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(decodeSave('x'.repeat(MAX_SAVE_BYTES + 1))).toMatchObject({ ok: false, problem: { kind: 'corrupt', detail: expect.stringMatching(/too large/) } });
    expect(decodeSave(null)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });
});

describe('the slot store', () => {
  it('keeps the replaced save as a backup and falls back to it when the slot is damaged', async () => {
    const first = saveAt(10, '2026-11-26T10:00:00.000Z');
    const second = saveAt(30, '2026-11-26T10:05:00.000Z');
    expect(await writeSave('slot1', first)).toEqual({ ok: true });
    expect(await writeSave('slot1', second)).toEqual({ ok: true });
    expect(await readSave('slot1')).toEqual({ ok: true, save: second, fromBackup: false });
    const good = (await readRaw('slot1'))!;
    for (const damaged of [good.slice(0, good.length / 2), good.replace('"tick":30', '"tick":31'), good.replace(`"version":${SAVE_VERSION}`, '"version":99')]) {
      await writeRaw('slot1', damaged);
      const read = await readSave('slot1');
      expect(read).toMatchObject({ ok: true, fromBackup: true, save: first });
      if (read.ok) expect(read.problem).toBeDefined();
    }
    // A damaged save never pushes out the good backup: saving over it keeps `first` as the backup.
    expect(await writeSave('slot1', second)).toEqual({ ok: true });
    expect(decodeSave(await readRaw('slot1.backup'))).toMatchObject({ ok: true, save: first });
  });

  it('lists slots, and Continue picks the newest playable save', async () => {
    await writeSave('auto', saveAt(5, '2026-11-26T11:00:00.000Z'));
    await writeSave('slot2', saveAt(5, '2026-11-26T09:00:00.000Z'));
    const slots = await listSlots();
    expect(slots.map((s) => [s.slot, s.status])).toEqual([
      ['auto', 'ok'],
      ['slot1', 'ok'],
      ['slot2', 'ok'],
      ['slot3', 'empty'],
    ]);
    expect((await latestSave())?.slot).toBe('auto');
    await writeRaw('auto', 'garbage');
    await writeRaw('auto.backup', 'garbage too');
    const broken = await listSlots();
    expect(broken[0]).toMatchObject({ slot: 'auto', status: 'damaged', problem: { kind: 'corrupt' } });
    expect((await latestSave())?.slot).toBe('slot1');
  });

  it('a full quota is reported and the last save is kept', async () => {
    const kept = saveAt(8, '2026-11-26T12:00:00.000Z');
    await writeSave('slot3', kept);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const result = await writeSave('slot3', saveAt(9, '2026-11-26T12:01:00.000Z'));
      expect(result).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(await readSave('slot3')).toEqual({ ok: true, save: kept, fromBackup: false });
  });
});

describe('saves whose envelope is sound but whose game cannot be played', () => {
  const forged = (change: (state: Record<string, unknown>) => void): SaveContent => {
    const save = saveAt(12, '2026-11-26T13:00:00.000Z');
    const state = structuredClone(save.state) as unknown as Record<string, unknown>;
    change(state);
    return { ...save, state: state as unknown as SaveContent['state'] };
  };
  const FORGED: [string, SaveContent, string][] = [
    [
      'no students',
      forged((s) => {
        s['students'] = [];
      }),
      'invalid',
    ],
    [
      'a level changed since the save, past bringing it up to date (its objectives)',
      forged((s) => {
        s['objectives'] = (s['objectives'] as unknown[]).slice(1);
      }),
      'outdated',
    ],
    [
      'a student at x = 1e308',
      forged((s) => {
        (s['students'] as Record<string, unknown>[])[0]!['x'] = 1e308;
      }),
      'invalid',
    ],
    [
      'zombies without fields',
      forged((s) => {
        s['zombies'] = (s['zombies'] as unknown[]).map(() => ({}));
      }),
      'invalid',
    ],
    [
      'a __proto__ key in a student',
      { ...saveAt(12), state: JSON.parse(JSON.stringify(saveAt(12).state).replace('"students":[{', '"students":[{"__proto__":{"polluted":1},')) as SaveContent['state'] },
      'invalid',
    ],
  ];

  it('a save one door short of its level (the level gained a door) is brought up to it, checked, and counts as playable', () => {
    const older = forged((s) => {
      s['doors'] = (s['doors'] as unknown[]).slice(1);
      const objects = s['levelObjects'] as { doors: number[] };
      objects.doors = objects.doors.slice(1);
    });
    const playable = preparePlayable(older);
    expect(playable).toMatchObject({ ok: true, migrated: true });
    if (!playable.ok) return;
    expect(playable.save.state.doors).toEqual(saveAt(12).state.doors);
    expect(older.state.doors).toHaveLength(saveAt(12).state.doors.length - 1); // the save itself is left as it was
    expect(readPlayable(encodeSave(older)).ok).toBe(true);
    expect(preparePlayable(saveAt(12))).toMatchObject({ ok: true, migrated: false });
  });

  it.each(FORGED)('%s: decodes, is found unplayable, is never written, and never replaces a good backup', async (_name, bad, kind) => {
    expect(decodeSave(encodeSave(bad)).ok).toBe(true);
    expect(readPlayable(encodeSave(bad))).toMatchObject({ ok: false, problem: { kind } });
    const good = saveAt(20, '2026-11-26T12:00:00.000Z');
    await writeSave('slot2', good);
    await writeSave('slot2', good);
    const stored = await readRaw('slot2');
    // No write path writes it (autosave, camp, slot, import all write through writeSave): refused with the problem, nothing changed.
    expect(await writeSave('slot2', bad)).toMatchObject({ ok: false, reason: 'unplayable', problem: { kind } });
    expect(await readRaw('slot2')).toBe(stored);
    expect(await readRaw('slot2.backup')).toBe(stored);
    // Stored all the same (by an older build, or its level changed since): reading falls back to the backup, and the slot is listed as damaged.
    await writeRaw('slot2', encodeSave(bad));
    expect(await readSave('slot2')).toMatchObject({ ok: true, fromBackup: true, save: good, problem: { kind } });
    expect((await listSlots()).find((s) => s.slot === 'slot2')).toMatchObject({ status: 'damaged', fromBackup: true, problem: { kind } });
    // The next save keeps the good backup: the unplayable one is not pushed into it.
    await writeSave('slot2', saveAt(25, '2026-11-26T12:10:00.000Z'));
    expect(decodeSave(await readRaw('slot2.backup'))).toMatchObject({ ok: true, save: good });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['__proto__ in an item of a student’s pack', 'pack', '[{"__proto__":{"polluted":1},"id":900,"kind":"food"}]', 'students[0].pack[0].__proto__'],
    ['constructor deep inside a student’s pack', 'pack', '[{"id":900,"kind":"food","x":{"constructor":{"prototype":{"polluted":1}}}}]', 'students[0].pack[0].x.constructor'],
    ['prototype at a student’s top', 'prototype', '{"polluted":1}', 'students[0].prototype'],
  ])('a forbidden key anywhere inside a saved student is refused, named, and pollutes nothing: %s', async (_name, field, json, where) => {
    const good = saveAt(12);
    const state = structuredClone(good.state);
    // JSON.parse makes `__proto__` an own key, as it is in a save file read from disk.
    (state.students[0] as unknown as Record<string, unknown>)[field] = JSON.parse(json) as unknown;
    const save = { ...good, state };
    expect(encodeSave(save)).toContain(JSON.stringify(JSON.parse(json)).slice(1, 12));
    const read = readPlayable(encodeSave(save));
    expect(read).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    if (!read.ok && read.problem.kind === 'invalid') expect(read.problem.detail).toContain(`${where}: is a forbidden key`);
    expect(await writeSave('slot3', save)).toMatchObject({ ok: false, reason: 'unplayable' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a save for an older version of its level is never lost to the next saves: moved from the slot or its backup to the kept saves, said so, listed; a damaged one is not kept', async () => {
    const outdated = encodeSave(FORGED[1]![1]);
    const older = encodeSave({ ...FORGED[1]![1], savedAt: '2026-11-26T12:30:00.000Z' });
    expect(readPlayable(outdated)).toMatchObject({ ok: false, problem: { kind: 'outdated' } });
    const good = saveAt(20, '2026-11-26T12:00:00.000Z');
    await writeSave('slot1', good);
    await writeSave('slot1', good);
    // The player's autosave after an update changed its level, its backup from before it too (both outdated).
    await writeRaw('slot1', outdated);
    await writeRaw('slot1.backup', older);
    expect((await listSlots()).find((s) => s.slot === 'slot1')).toMatchObject({ status: 'damaged', problem: { kind: 'outdated' }, kept: 0 });
    // The player plays on: the first save moves the slot's outdated save aside, the second the backup's.
    expect(await writeSave('slot1', saveAt(22, '2026-11-26T14:00:00.000Z'))).toMatchObject({ ok: true, keptAside: { kind: 'outdated' } });
    expect(await readKept('slot1')).toEqual([outdated]);
    expect(await readRaw('slot1.backup')).toBe(older);
    expect(await writeSave('slot1', saveAt(24, '2026-11-26T14:01:00.000Z'))).toMatchObject({ ok: true, keptAside: { kind: 'outdated' } });
    expect(await readKept('slot1')).toEqual([older, outdated]);
    // Later saves keep them, and say nothing more; the slot lists them.
    for (let n = 0; n < 3; n++) expect(await writeSave('slot1', saveAt(26 + n, `2026-11-26T14:0${2 + n}:00.000Z`))).toEqual({ ok: true });
    expect(await readKept('slot1')).toEqual([older, outdated]);
    expect((await listSlots()).find((s) => s.slot === 'slot1')).toMatchObject({ status: 'ok', kept: 2 });
    // Kept once only; a damaged save (not playable by any version) is not kept.
    await writeRaw('slot1', outdated);
    expect(await writeSave('slot1', good)).toMatchObject({ ok: true, keptAside: { kind: 'outdated' } });
    await writeRaw('slot1', encodeSave(FORGED[0]![1]));
    expect(await writeSave('slot1', good)).toEqual({ ok: true });
    expect(await readKept('slot1')).toEqual([older, outdated]);
    // At most MAX_KEPT, the newest first.
    const many = Array.from({ length: MAX_KEPT + 1 }, (_, n) => encodeSave({ ...FORGED[1]![1], savedAt: `2026-11-27T10:0${n}:00.000Z` }));
    for (const text of many) {
      await writeRaw('slot1', text);
      await writeSave('slot1', good);
    }
    expect(await readKept('slot1')).toEqual(many.reverse().slice(0, MAX_KEPT));
  });

  it('a 3-million-deep save is refused before parsing, quickly and without a throw', () => {
    const deep = `{"format":"hyosan-save","version":1,"checksum":"00000000","content":${'['.repeat(3_000_000)}${']'.repeat(3_000_000)}}`;
    const started = performance.now();
    const result = decodeSave(deep);
    const took = performance.now() - started;
    expect(result).toMatchObject({ ok: false, problem: { kind: 'corrupt', detail: expect.stringMatching(/nested too deeply/) } });
    expect(took).toBeLessThan(200);
  });
});
