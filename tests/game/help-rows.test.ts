import { afterEach, describe, expect, it } from 'vitest';
import { controlRows, helpSections, hudRows, needLegend, padLabel, touchRows } from '../../src/game/help-rows';
import { t } from '../../src/game/i18n/i18n';
import { ITEM_KINDS } from '../../src/core';
import { setLanguage } from '../../src/game/i18n/i18n';
import { ACTIONS } from '../../src/game/input/actions';
import { DEFAULT_BINDINGS, rebind } from '../../src/game/input/key-bindings';

describe('the controls and screen page', () => {
  afterEach(() => setLanguage('en'));

  it('lists every action with the keys the player bound, and its gamepad button', () => {
    const rebound = rebind(DEFAULT_BINDINGS, 'run', 'KeyV');
    if (!rebound.ok) throw new Error(rebound.error);
    const rows = controlRows(rebound.bindings);
    expect(rows.map((r) => r.id)).toEqual(ACTIONS.map((a) => `key-${a}`));
    const run = rows.find((r) => r.id === 'key-run')!;
    expect(run.label).toBe('Run');
    expect(run.value).toMatch(/^V\b/);
    expect(run.value).toContain('pad RT');
    expect(rows.find((r) => r.id === 'key-up')!.value).toContain('left stick');
    for (const row of rows) expect(row.value, row.id).not.toBe('');
    expect(padLabel('attack')).toBe('A');
  });

  it('says what every HUD bar means, by the word the HUD writes over it (a newcomer could not guess the letters F W R T M)', () => {
    const rows = hudRows();
    const labels = rows.map((r) => r.label);
    for (const word of ['Food', 'Water', 'Rest', 'Warm', 'Mood', '♥']) expect(labels).toContain(word);
    expect(rows.find((r) => r.label === 'Rest')!.value).toMatch(/tiredness/);
    expect(rows.find((r) => r.label === 'Warm')!.value).toMatch(/cold/);
    expect(touchRows().map((r) => r.label)).toEqual(['Move', 'Walk to', 'USE', 'ALARM', 'HIT', '❚❚']);
  });

  it('opens on the touch controls on a touch screen, on the keys with a keyboard (a phone player met a table of keys first)', () => {
    expect(helpSections(true, DEFAULT_BINDINGS).map((section) => section.id)).toEqual(['touch', 'keys', 'hud', 'marks', 'zombies']);
    expect(helpSections(false, DEFAULT_BINDINGS).map((section) => section.id)).toEqual(['keys', 'touch', 'hud', 'marks', 'zombies']);
    expect(helpSections(true, DEFAULT_BINDINGS)[0]!.rows).toEqual(touchRows());
  });

  it('names a key once when both of its sides are bound (left and right Shift are one "Shift")', () => {
    const run = controlRows(DEFAULT_BINDINGS).find((r) => r.id === 'key-run')!;
    expect(run.value).toMatch(/^Shift {2}·/);
    expect(run.value).not.toContain('Shift / Shift');
  });

  it("names the gamepad buttons without a printed letter in the player's language", () => {
    setLanguage('ko');
    const values = controlRows(DEFAULT_BINDINGS).map((r) => r.value);
    for (const value of values) expect(value, value).not.toMatch(/D-pad|View|Menu/);
    expect(values.join(' ')).toMatch(/십자키/);
    expect(values.join(' ')).toMatch(/메뉴 버튼/);
  });

  it('spells the need letters out on one line for the camp, in each language', () => {
    expect(needLegend()).toBe('F\u00a0food · W\u00a0water · R\u00a0rest · T\u00a0warmth · M\u00a0morale');
    setLanguage('ko');
    expect(needLegend()).toBe('배\u00a0배고픔 · 목\u00a0목마름 · 휴\u00a0휴식 · 온\u00a0체온 · 맘\u00a0사기');
  });

  it('gives no need a letter that is also an item’s name (물 was both thirst and the water bottle)', () => {
    for (const language of ['en', 'ko'] as const) {
      setLanguage(language);
      const items = ITEM_KINDS.map((item) => t(`items.${item}`));
      for (const row of hudRows()) expect(items, `${language} ${row.label}`).not.toContain(row.label);
    }
  });

  it('speaks Korean, with the Korean need words', () => {
    setLanguage('ko');
    const rows = hudRows();
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['허기', '갈증', '피로', '체온', '사기']));
    expect(controlRows(DEFAULT_BINDINGS).find((r) => r.id === 'key-run')!.value).toContain('패드');
  });
});
