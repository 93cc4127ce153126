import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/game/i18n/i18n';
import { ACTIONS } from '../../src/game/input/actions';
import { checkPadBindings, DEFAULT_PAD_BINDINGS, padActions, rebindPad } from '../../src/game/input/gamepad-map';
import { bindKey, bindPadButton, inputSettings, inputSettingsProblem, resetBindings } from '../../src/game/input/input-settings';
import { checkBindings, DEFAULT_BINDINGS, rebind } from '../../src/game/input/key-bindings';
import { bindingValue, keyBindMessage, padBindMessage } from '../../src/game/input/remap-text';
import { defaultSettings, readSettings } from '../../src/game/settings/schema';
import { updateSettings } from '../../src/game/settings/settings';

const ok = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
};

describe('rebinding a key', () => {
  it('replaces the action’s primary key and keeps its others', () => {
    expect(ok(rebind(DEFAULT_BINDINGS, 'attack', 'KeyJ')).bindings.attack).toEqual(['KeyJ']);
    expect(ok(rebind(DEFAULT_BINDINGS, 'up', 'KeyI')).bindings.up).toEqual(['KeyI', 'ArrowUp']);
    // Esc stays on pause: the key replaced is the first one that is not fixed.
    expect(ok(rebind(DEFAULT_BINDINGS, 'pause', 'KeyM')).bindings.pause).toEqual(['Escape', 'KeyM']);
  });

  it('takes a key from the action that had it; an action left with no key gets the old one in exchange', () => {
    const kept = ok(rebind(DEFAULT_BINDINGS, 'up', 'ArrowDown'));
    expect(kept.bindings.down).toEqual(['KeyS']);
    expect(kept.displaced).toEqual({ from: 'down', swapped: null });
    const swapped = ok(rebind(DEFAULT_BINDINGS, 'attack', 'KeyE'));
    expect(swapped.bindings.attack).toEqual(['KeyE']);
    expect(swapped.bindings.interact).toEqual(['Space']);
    expect(swapped.displaced).toEqual({ from: 'interact', swapped: 'Space' });
    for (const action of ACTIONS) expect(swapped.bindings[action].length, action).toBeGreaterThan(0);
  });

  it('refuses Esc elsewhere than pause and browser keys, with a reason', () => {
    expect(rebind(DEFAULT_BINDINGS, 'attack', 'Escape')).toMatchObject({ ok: false, error: expect.stringMatching(/Escape is kept for pause/) });
    expect(rebind(DEFAULT_BINDINGS, 'attack', 'F5')).toMatchObject({ ok: false });
  });

  it('refuses a forged table that leaves an action with no key or moves Esc off pause', () => {
    expect(checkBindings({ interact: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/interact: expected a list of 1 to 3/) });
    expect(checkBindings({ pause: ['KeyP'] })).toMatchObject({ ok: false, error: expect.stringMatching(/Escape must stay bound to pause/) });
  });
});

describe('rebinding a pad button', () => {
  it('swaps buttons between two actions, and the pad then does what the player chose', () => {
    const swapped = ok(rebindPad(DEFAULT_PAD_BINDINGS, 'attack', 1));
    expect(swapped.pad.attack).toEqual([1]);
    expect(swapped.pad.interact).toEqual([0]);
    expect(swapped.displaced).toEqual({ from: 'interact', swapped: 0 });
    const b = Array.from({ length: 17 }, (_, i) => (i === 1 ? 1 : 0));
    expect([...padActions({ buttons: b, axes: [0, 0] }, swapped.pad)]).toEqual(['attack']);
    // An action with no button of its own takes one; the action that had it is left without.
    const craft = ok(rebindPad(DEFAULT_PAD_BINDINGS, 'craft', 2));
    expect(craft.pad.craft).toEqual([2]);
    expect(craft.pad.food).toEqual([]);
  });

  it('keeps the d-pad moving and Start pausing', () => {
    expect(rebindPad(DEFAULT_PAD_BINDINGS, 'up', 0)).toMatchObject({ ok: false });
    expect(rebindPad(DEFAULT_PAD_BINDINGS, 'attack', 9)).toMatchObject({ ok: false });
    expect(rebindPad(DEFAULT_PAD_BINDINGS, 'attack', 12)).toMatchObject({ ok: false });
  });

  it('refuses a forged pad table', () => {
    expect(checkPadBindings({ attack: [9] }).ok).toBe(false);
    expect(checkPadBindings({ up: [0] }).ok).toBe(false);
    expect(checkPadBindings({ attack: [1] })).toMatchObject({ ok: false, error: expect.stringMatching(/bound to both/) });
    expect(checkPadBindings({ attack: [1], interact: [0] }).ok).toBe(true);
    expect(checkPadBindings({ attack: ['0'] }).ok).toBe(false);
  });
});

describe('bindings stored with the settings', () => {
  afterEach(() => {
    resetBindings();
    setLanguage('en');
  });

  it('stores keys and buttons, and reads settings stored before pad buttons existed', () => {
    ok(bindKey('attack', 'KeyJ'));
    ok(bindPadButton('craft', 10));
    expect(inputSettings().bindings.attack).toEqual(['KeyJ']);
    expect(inputSettings().pad.craft).toEqual([10]);
    const old = { ...defaultSettings(), controls: { bindings: { attack: ['KeyJ'] }, stickMode: 'fixed' } };
    const read = readSettings(JSON.stringify(old));
    expect(read.problems).toEqual([]);
    expect(read.settings.controls).toEqual({ bindings: { attack: ['KeyJ'] }, stickMode: 'fixed', pad: {} });
    ok(resetBindings());
    expect(inputSettings().bindings).toEqual(DEFAULT_BINDINGS);
    expect(inputSettings().pad).toEqual(DEFAULT_PAD_BINDINGS);
  });

  it('a corrupt or forged stored table gives the defaults and a reason, never a dead key', () => {
    ok(updateSettings({ controls: { bindings: { interact: [] } } }));
    expect(inputSettings().bindings).toEqual(DEFAULT_BINDINGS);
    expect(inputSettingsProblem()).toMatch(/interact/);
    ok(updateSettings({ controls: { bindings: {}, pad: { pause: [0] } } }));
    expect(inputSettings().pad).toEqual(DEFAULT_PAD_BINDINGS);
    expect(inputSettingsProblem()).toMatch(/pause/);
    // Binding again starts from the defaults and clears the problem.
    ok(bindKey('attack', 'KeyJ'));
    expect(inputSettingsProblem()).toBeNull();
  });
});

describe('what the remap screen says', () => {
  afterEach(() => setLanguage('en'));

  it('names the action that lost the key and what it got instead, in English and Korean', () => {
    expect(bindingValue('attack', DEFAULT_BINDINGS, DEFAULT_PAD_BINDINGS)).toBe('Space  ·  A');
    expect(bindingValue('craft', DEFAULT_BINDINGS, DEFAULT_PAD_BINDINGS)).toBe('R  ·  —');
    expect(bindingValue('run', DEFAULT_BINDINGS, DEFAULT_PAD_BINDINGS)).toBe('Shift  ·  RT');
    expect(bindingValue('up', DEFAULT_BINDINGS, DEFAULT_PAD_BINDINGS)).toBe('W / ↑  ·  D-pad ↑');
    const swapped = rebind(DEFAULT_BINDINGS, 'attack', 'KeyE');
    expect(keyBindMessage('attack', 'KeyE', swapped)).toBe('E was on “Pick up / use / door / lamp”: it is on “Attack” now, and “Pick up / use / door / lamp” gets Space in exchange.');
    expect(keyBindMessage('attack', 'Escape', rebind(DEFAULT_BINDINGS, 'attack', 'Escape'))).toMatch(/Esc always pauses/);
    expect(keyBindMessage('attack', 'F5', rebind(DEFAULT_BINDINGS, 'attack', 'F5'))).toMatch(/F5 belongs to the browser/);
    expect(padBindMessage('up', 0, rebindPad(DEFAULT_PAD_BINDINGS, 'up', 0), DEFAULT_PAD_BINDINGS)).toMatch(/On a pad, “Move up” stays on D-pad ↑/);
    setLanguage('ko');
    expect(keyBindMessage('attack', 'KeyE', swapped)).toContain('“공격”에 쓰이고');
    expect(keyBindMessage('attack', 'KeyE', swapped)).toContain('Space');
    expect(bindingValue('up', DEFAULT_BINDINGS, DEFAULT_PAD_BINDINGS)).toBe('W / ↑  ·  십자키 ↑');
  });
});
