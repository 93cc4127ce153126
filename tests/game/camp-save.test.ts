/**
 * The camp as a save: what the camp screen writes to the autosave, that it is a save like any other
 * (it decodes and the core takes its state), that the slot list names it as the camp, and that writes
 * to one slot land in the order they were asked for (the camp's last save never lands over the
 * autosave of the level started from it).
 */

import 'fake-indexeddb/auto';
import { clear, createStore } from 'idb-keyval';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { carryOver, createSimulation, startCampaign } from '../../src/core';
import { setLanguage } from '../../src/game/i18n/i18n';
import { levelIds, loadLevel } from '../../src/game/level-library';
import { campSaveContent } from '../../src/game/save/camp-save';
import { describeSave } from '../../src/game/save/describe-save';
import { decodeSave, encodeSave, type SaveContent } from '../../src/game/save/envelope';
import { checkPlayable } from '../../src/game/save/playable';
import { readRaw, writeSave } from '../../src/game/save/store';
import { DIFFICULTY } from '../../src/core/kernel/difficulty';

/** The campaign after the first level was played for `ticks` ticks and left as won. */
function afterFirstLevel(ticks = 40) {
  const first = levelIds()[0]!;
  const loaded = loadLevel(first);
  if (!loaded.ok) throw new Error('the first level does not load');
  const simulation = createSimulation(loaded.level, { seed: 5 });
  for (let i = 0; i < ticks; i++) simulation.step([]);
  return carryOver(startCampaign(DIFFICULTY.normal), simulation.saveState(), loaded.level);
}

describe('the camp as a save', () => {
  afterEach(() => setLanguage('en'));
  // The fake IndexedDB is shared with the other files of this worker: leave it empty.
  afterAll(() => clear(createStore('hyosan-saves', 'saves')));

  it('holds the campaign and the start of the next level, decodes, and plays', () => {
    const campaign = afterFirstLevel();
    const content = campSaveContent(campaign, 5)!;
    expect(content).toMatchObject({ levelId: levelIds()[1], seed: 6, playSeconds: 0, camp: { seed: 5 }, campaign });
    expect(content.state.tick).toBe(0);
    const decoded = decodeSave(encodeSave(content));
    expect(decoded).toEqual({ ok: true, save: content });
    expect(checkPlayable(content)).toBeUndefined();
    // The group of the save's level start is the campaign's, not the level's own.
    expect(content.state.students.map((s) => s.name).sort()).toEqual(
      campaign.students
        .filter((s) => s.status === 'with')
        .map((s) => s.name)
        .sort(),
    );
  });

  it('is not made when nobody is left to go on', () => {
    const campaign = afterFirstLevel();
    const gone = { ...campaign, students: campaign.students.map((s) => ({ ...s, status: 'fallen' as const })) };
    expect(campSaveContent(gone, 5)).toBeUndefined();
  });

  it('is named as the camp before the next level in the slot list, in both languages', () => {
    const content = campSaveContent(afterFirstLevel(), 5)!;
    const now = new Date(content.savedAt);
    expect(describeSave(content, now)).toMatch(/^Camp before Science wing · /);
    setLanguage('ko');
    expect(describeSave(content, now)).toMatch(/^야영 \(과학동 가기 전\) · /);
  });

  it('writes to one slot land in the order asked (the later one over the earlier, which becomes its backup)', async () => {
    const camp = campSaveContent(afterFirstLevel(), 5)!;
    const loaded = loadLevel(camp.levelId);
    if (!loaded.ok) throw new Error('the next level does not load');
    const simulation = createSimulation(loaded.level, { seed: camp.seed, campaign: camp.campaign as never, strict: false });
    simulation.step([]);
    const level: SaveContent = { ...camp, camp: undefined, playSeconds: 0.05, state: simulation.saveState() };
    delete level.camp;
    const writes = [writeSave('auto', camp), writeSave('auto', level)];
    expect(await Promise.all(writes)).toEqual([{ ok: true }, { ok: true }]);
    expect(decodeSave(await readRaw('auto'))).toMatchObject({ ok: true, save: { state: { tick: 1 } } });
    expect(decodeSave(await readRaw('auto.backup'))).toMatchObject({ ok: true, save: { camp: { seed: 5 } } });
  });
});
