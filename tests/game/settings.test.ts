import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_SLIDERS, changeSettings, checkSettings, defaultSettings, readSettings, settingsSchema, withPreset } from '../../src/game/settings/schema';
import { paletteFor } from '../../src/game/settings/palette';

describe('reading stored settings', () => {
  it('nothing stored gives the defaults and no problem; reduced motion follows the system', () => {
    expect(readSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
    const calm = readSettings(null, { prefersReducedMotion: true }).settings.accessibility;
    expect(calm).toMatchObject({ reducedMotion: true, screenShake: false });
  });

  it('round-trips what it wrote', () => {
    const chosen = changeSettings(defaultSettings(), { volume: { music: 0.25 }, accessibility: { textSize: 1.5, colourBlind: true }, language: 'ko', controls: { bindings: { attack: ['KeyJ'] } } });
    expect(chosen.ok).toBe(true);
    if (!chosen.ok) return;
    expect(readSettings(JSON.stringify(chosen.settings))).toEqual({ settings: chosen.settings, problems: [] });
  });

  it('replaces only the wrong fields, naming each', () => {
    const stored = { ...defaultSettings(), volume: { master: 0.4, music: 7, effects: 'loud' }, language: 'fr' };
    const { settings, problems } = readSettings(JSON.stringify(stored));
    expect(settings.volume).toEqual({ master: 0.4, music: 0.6, effects: 0.9 });
    expect(settings.language).toBe('auto');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/volume\.music: .*\(got 7\)/);
    expect(problems.join('\n')).toMatch(/volume\.effects: .*\(got "loud"\)/);
    expect(problems.join('\n')).toMatch(/language: expected one of auto, en, ko \(got "fr"\)/);
  });

  it('truncated text, another version, or a non-object give defaults and say why', () => {
    const text = JSON.stringify(defaultSettings());
    expect(readSettings(text.slice(0, 30)).problems[0]).toMatch(/not valid JSON/);
    expect(readSettings(JSON.stringify({ ...defaultSettings(), version: 9 })).problems[0]).toMatch(/version 9 \(expected 1\)/);
    expect(readSettings('[1,2]').problems[0]).toMatch(/not an object/);
    expect(readSettings('null').settings).toEqual(defaultSettings());
  });

  it('any stored text whatsoever gives valid settings without throwing, and pollutes no prototype', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...defaultSettings(), accessibility: v, controls: { bindings: v, stickMode: v } })),
        ),
        (text) => {
          const { settings } = readSettings(text);
          expect(settingsSchema.safeParse(settings).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    readSettings('{"version":1,"__proto__":{"polluted":true},"controls":{"__proto__":{"polluted":true},"bindings":{"__proto__":["KeyA"]}}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('changing settings', () => {
  it('refuses a wrong change whole, with the path', () => {
    const before = defaultSettings();
    expect(changeSettings(before, { volume: { master: -1 } })).toMatchObject({ ok: false, error: expect.stringMatching(/^volume\.master:/) });
    expect(changeSettings(before, { nonsense: 1 })).toMatchObject({ ok: false, error: expect.stringMatching(/unknown setting "nonsense"/) });
    expect(changeSettings(before, { controls: { bindings: { attack: ['not a key!'] } } })).toMatchObject({ ok: false });
    expect(changeSettings(before, 'loud')).toMatchObject({ ok: false });
    expect(before).toEqual(defaultSettings());
  });

  it("keeps every section it did not change as the same object, so a section's followers hear only real changes", () => {
    const current = defaultSettings();
    const result = changeSettings(current, { tutorial: { done: ['move'] } });
    if (!result.ok) throw new Error(result.error);
    expect(result.settings.tutorial.done).toEqual(['move']);
    expect(result.settings.controls).toBe(current.controls);
    expect(result.settings.volume).toBe(current.volume);
    const same = changeSettings(result.settings, { tutorial: { done: ['move'] } });
    if (!same.ok) throw new Error(same.error);
    expect(same.settings.tutorial).toBe(result.settings.tutorial);
  });

  it('a difficulty preset sets its sliders; a slider moves on its own', () => {
    const hard = withPreset(defaultSettings(), 'hard');
    expect(hard.difficulty).toEqual({ preset: 'hard', ...PRESET_SLIDERS.hard });
    const tuned = changeSettings(hard, { difficulty: { lootAmount: 1.2 } });
    expect(tuned.ok && tuned.settings.difficulty).toEqual({ preset: 'hard', ...PRESET_SLIDERS.hard, lootAmount: 1.2 });
  });

  it('the colour-blind palette and high contrast change the colours that carry meaning', () => {
    const normal = paletteFor(defaultSettings().accessibility);
    const safe = paletteFor({ ...defaultSettings().accessibility, colourBlind: true });
    const contrast = paletteFor({ ...defaultSettings().accessibility, highContrast: true });
    expect(safe.danger).not.toBe(normal.danger);
    expect(safe.safe).not.toBe(normal.safe);
    expect(contrast.panelAlpha).toBe(1);
    expect(contrast.stroke).toBeGreaterThan(normal.stroke);
  });
});

describe('a fresh copy of checkSettings defaults', () => {
  it('does not share objects with the defaults it was given', () => {
    const defaults = defaultSettings();
    const { settings } = checkSettings({ version: 1 }, defaults);
    settings.volume.master = 0;
    expect(defaults.volume.master).toBe(1);
  });
});
