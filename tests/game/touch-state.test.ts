/**
 * The touch state under thousands of random finger sequences (fast-check), on a phone held upright
 * and turned, with the floating and the fixed stick: fingers land near the buttons, in the stick's
 * zone or anywhere, move, lift, are cancelled, lift without the state hearing it (caught by the
 * once-a-frame sweep), and the phone turns or the stick mode changes mid-gesture. After every step
 * the state follows exactly the fingers it was told of, holds only what a finger is on, and fires
 * taps, presses and throws only when a finger lands or lifts; once every finger is lifted or
 * cancelled nothing stays held. tests/browser/touch.test.ts drives the same through Chromium.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buttonAt, computeLayout, ZERO_INSETS, type ButtonId, type LayoutOptions, type ScreenLayout } from '../../src/game/layout/screen-layout';
import type { StickMode } from '../../src/game/input/input-settings';
import { HOLD_SLACK, TouchState } from '../../src/game/input/touch-state';

const OPTIONS: LayoutOptions = { touch: true, fullscreen: true, light: true, hudPanel: { width: 196, height: 170 } };
const PORTRAIT = computeLayout(390, 844, ZERO_INSETS, OPTIONS);
const LANDSCAPE = computeLayout(844, 390, ZERO_INSETS, OPTIONS);

type Spot = { where: 'button' | 'stick' | 'anywhere'; pick: number; u: number; v: number };
type Act =
  | { kind: 'down'; finger: number; spot: Spot; ms: number }
  | { kind: 'move'; finger: number; dx: number; dy: number }
  | { kind: 'moveTo'; finger: number; spot: Spot }
  | { kind: 'up'; finger: number; ms: number }
  | { kind: 'cancel'; finger: number }
  /** The finger lifts but the state never hears of it (a lost touchend): only the frame's sweep can tell. */
  | { kind: 'lost'; finger: number }
  | { kind: 'frame' }
  | { kind: 'turn' }
  | { kind: 'mode' };

/** 0..1 in even steps (fast-check's doubles lean to the ends, which would rarely land on a button). */
const unit = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const spot: fc.Arbitrary<Spot> = fc.record({ where: fc.constantFrom('button', 'button', 'stick', 'anywhere'), pick: fc.nat(20), u: unit, v: unit });
/** Which finger: for a landing, the id it gets if free (1-6); otherwise which of the fingers down (modulo their count). */
const finger = fc.integer({ min: 1, max: 6 });
const act: fc.Arbitrary<Act> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('down' as const), finger, spot, ms: fc.integer({ min: 0, max: 600 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), finger, dx: fc.integer({ min: -90, max: 90 }), dy: fc.integer({ min: -90, max: 90 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('moveTo' as const), finger, spot }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('up' as const), finger, ms: fc.integer({ min: 0, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), finger }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lost' as const), finger }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'frame' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'turn' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'mode' as const }) },
);

/** A point on the layout: on or near a button, in the stick's zone, or anywhere on the screen. */
function place(layout: ScreenLayout, { where, pick, u, v }: Spot): { x: number; y: number } {
  const circles = Object.values(layout.buttons);
  if (where === 'button' && circles.length > 0) {
    const c = circles[pick % circles.length]!;
    return { x: c.x + (u - 0.5) * 3 * c.r, y: c.y + (v - 0.5) * 3 * c.r };
  }
  if (where === 'stick' && layout.stick !== null) {
    const zone = layout.stick.zone;
    return { x: zone.x + u * zone.width, y: zone.y + v * zone.height };
  }
  return { x: u * (layout.width - 1), y: v * (layout.height - 1) };
}

interface Fired {
  presses: ButtonId[];
  taps: number;
  throws: number;
  released: ButtonId | undefined;
}

/** A phone with fingers on it: what is on the glass, what the state was told, and what it fired at each step. */
class Phone {
  layout = PORTRAIT;
  mode: StickMode = 'floating';
  readonly state = new TouchState(this.layout, this.mode);
  /** Fingers on the glass, where they are now. */
  readonly down = new Map<number, { x: number; y: number }>();
  /** Fingers whose landing the state heard and whose lifting it has not heard of (nor forgotten). */
  readonly followed = new Set<number>();
  /** Where each finger was last on the glass (a lost finger's last place too). */
  readonly last = new Map<number, { x: number; y: number }>();

  apply(action: Act, at: number): Fired {
    const fired: Fired = { presses: [], taps: 0, throws: 0, released: undefined };
    const state = this.state;
    if ('finger' in action && action.kind !== 'down') {
      // Most steps act on a finger that is down: pick one of them.
      const fingers = [...this.down.keys()];
      if (fingers.length > 0) action = { ...action, finger: fingers[action.finger % fingers.length]! };
    }
    const on = this.down.get('finger' in action ? action.finger : -1);
    switch (action.kind) {
      case 'down': {
        if (on !== undefined) break;
        const point = place(this.layout, action.spot);
        this.down.set(action.finger, point);
        this.last.set(action.finger, point);
        this.followed.add(action.finger);
        state.down(action.finger, point.x, point.y, at + action.ms);
        break;
      }
      case 'move':
      case 'moveTo': {
        if (on === undefined) break;
        const point =
          action.kind === 'move'
            ? { x: Math.min(this.layout.width - 1, Math.max(0, on.x + action.dx)), y: Math.min(this.layout.height - 1, Math.max(0, on.y + action.dy)) }
            : place(this.layout, action.spot);
        this.down.set(action.finger, point);
        this.last.set(action.finger, point);
        state.move(action.finger, point.x, point.y);
        break;
      }
      case 'up':
        if (on === undefined) break;
        this.down.delete(action.finger);
        this.followed.delete(action.finger);
        fired.released = state.up(action.finger, on.x, on.y, at + action.ms);
        break;
      case 'cancel':
        if (on === undefined) break;
        this.down.delete(action.finger);
        this.followed.delete(action.finger);
        state.cancel(action.finger);
        break;
      case 'lost':
        this.down.delete(action.finger);
        break;
      case 'frame':
        state.forgetLifted((id) => this.down.has(id));
        for (const id of this.followed) if (!this.down.has(id)) this.followed.delete(id);
        break;
      case 'turn':
      case 'mode':
        if (action.kind === 'turn') this.layout = this.layout === PORTRAIT ? LANDSCAPE : PORTRAIT;
        else this.mode = this.mode === 'floating' ? 'fixed' : 'floating';
        state.setLayout(this.layout, this.mode);
        // The fingers stay on the glass, but their gestures ended with the old layout.
        this.followed.clear();
        break;
    }
    fired.presses = state.takePresses();
    fired.taps = state.takeTaps().length;
    fired.throws = state.takeThrows().length;
    return fired;
  }

  /** What must hold after every step, whatever came before (plain checks: this runs some 100,000 times). */
  check(action: Act, fired: Fired): void {
    const { state, layout } = this;
    const where = (id: number): { x: number; y: number } => this.last.get(id)!;
    const context = (): string => JSON.stringify({ action, fired, followed: [...this.followed], down: [...this.down], layout: layout.orientation, mode: this.mode });
    const must = (ok: boolean, what: string): void => {
      if (!ok) throw new Error(`${what}: ${context()}`);
    };
    const ids = state.pointerIds().sort();
    const followed = [...this.followed].sort();
    must(ids.length === followed.length && ids.every((id, i) => id === followed[i]), `follows fingers ${JSON.stringify(ids)}`);
    // Attack is held only while a followed finger is on it (with the slack a thumb gets).
    const held = [...state.held()];
    must(
      held.every((b) => b === 'attack'),
      `holds ${JSON.stringify(held)}`,
    );
    if (held.length > 0) {
      const attack = layout.buttons.attack!;
      must(
        followed.some((id) => Math.hypot(where(id).x - attack.x, where(id).y - attack.y) <= attack.r * HOLD_SLACK),
        'attack held with no finger on it',
      );
    }
    const stick = state.stick();
    must(followed.length > 0 || stick === null, 'a stick with no finger');
    if (stick !== null) {
      must([-1, 0, 1].includes(stick.dx) && [-1, 0, 1].includes(stick.dy), `stick direction ${stick.dx},${stick.dy}`);
      must(Math.hypot(stick.knobX - stick.baseX, stick.knobY - stick.baseY) <= stick.radius + 1e-9, 'knob outside the stick');
      // The knob points at a finger: the one on the stick, held back at the rim.
      const knobFollows = (id: number): boolean => {
        const f = where(id);
        const distance = Math.hypot(f.x - stick.baseX, f.y - stick.baseY);
        const clamp = distance > stick.radius ? stick.radius / distance : 1;
        return Math.hypot(stick.baseX + (f.x - stick.baseX) * clamp - stick.knobX, stick.baseY + (f.y - stick.baseY) * clamp - stick.knobY) < 1e-6;
      };
      must(followed.some(knobFollows), 'the knob follows no finger');
    }
    const aim = state.aim();
    must(aim === null || followed.some((id) => where(id).x === aim.x && where(id).y === aim.y), 'aiming where no finger is');
    must(['walk', 'run', 'sneak'].includes(state.gait()), `gait ${state.gait()}`);
    // Taps, throws and the lure's press come only when a finger lifts; other presses only when one lands.
    const lifted = action.kind === 'up';
    must(fired.taps <= (lifted ? 1 : 0), 'a tap without a lift');
    must(fired.throws <= (lifted ? 1 : 0), 'a throw without a lift');
    must(fired.presses.length <= (action.kind === 'down' || lifted ? 1 : 0), 'a press without a finger landing or lifting');
    if (lifted)
      must(
        fired.presses.every((b) => b === 'lure'),
        'a press other than the lure on a lift',
      );
    if (action.kind === 'down' && fired.presses.length === 1) must(fired.presses[0] === buttonAt(layout, where(action.finger).x, where(action.finger).y), 'pressed a button the finger is not on');
    must(
      fired.presses.every((b) => b !== 'pause' && b !== 'fullscreen'),
      'pause or fullscreen pressed on landing (they act on lifting)',
    );
    must(fired.released === undefined || ((fired.released === 'pause' || fired.released === 'fullscreen') && lifted), `released ${fired.released}`);
  }

  expectNothingHeld(): void {
    expect(this.state.pointerIds()).toEqual([]);
    expect([...this.state.held()]).toEqual([]);
    expect(this.state.stick()).toBeNull();
    expect(this.state.aim()).toBeNull();
  }
}

/** Plays `acts` on a fresh phone, checking after each; then lets go of every finger as `ending` says. */
function play(acts: Act[], ending: 'lift' | 'cancel' | 'lost'): Phone {
  const phone = new Phone();
  let at = 0;
  for (const action of acts) {
    at += 16;
    phone.check(action, phone.apply(action, at));
  }
  const fingers = [...phone.down.keys()];
  for (const id of fingers) {
    const action: Act = ending === 'lift' ? { kind: 'up', finger: id, ms: 0 } : ending === 'cancel' ? { kind: 'cancel', finger: id } : { kind: 'lost', finger: id };
    const fired = phone.apply(action, at);
    phone.check(action, fired);
    // A cancelled or lost finger fires nothing: no tap, no throw, no pause.
    if (ending !== 'lift') expect(fired).toEqual({ presses: [], taps: 0, throws: 0, released: undefined });
  }
  phone.check({ kind: 'frame' }, phone.apply({ kind: 'frame' }, at + 16));
  phone.expectNothingHeld();
  return phone;
}

describe('touch state under random fingers', () => {
  it('follows exactly the fingers it was told of and leaves nothing held once they are gone', () => {
    fc.assert(
      fc.property(fc.array(act, { minLength: 1, maxLength: 40, size: 'max' }), fc.constantFrom('lift' as const, 'cancel' as const, 'lost' as const), (acts, ending) => {
        play(acts, ending);
      }),
      { numRuns: 3000, seed: 0x2545f491 },
    );
  });

  it('is reached by the sequences: the stick, attack held, a throw, taps, pause and all six fingers happen', () => {
    const seen = { stick: 0, attack: 0, throws: 0, taps: 0, pause: 0, six: 0 };
    fc.assert(
      fc.property(fc.array(act, { minLength: 1, maxLength: 40, size: 'max' }), (acts) => {
        const phone = new Phone();
        let at = 0;
        for (const action of acts) {
          at += 16;
          const fired = phone.apply(action, at);
          if (phone.state.stick()?.dx !== undefined && (phone.state.stick()!.dx !== 0 || phone.state.stick()!.dy !== 0)) seen.stick++;
          if (phone.state.held().has('attack')) seen.attack++;
          if (phone.down.size === 6) seen.six++;
          seen.throws += fired.throws;
          seen.taps += fired.taps;
          if (fired.released === 'pause') seen.pause++;
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(0);
  });

  it('lets go of a finger whose lifting was never heard, at the next frame, without a tap', () => {
    const phone = new Phone();
    const attack = PORTRAIT.buttons.attack!;
    phone.apply({ kind: 'down', finger: 2, spot: { where: 'anywhere', pick: 0, u: 0.5, v: 0.3 }, ms: 0 }, 0);
    phone.state.down(1, attack.x, attack.y, 0);
    phone.down.set(1, { x: attack.x, y: attack.y });
    phone.followed.add(1);
    expect(phone.state.held().has('attack')).toBe(true);
    phone.apply({ kind: 'lost', finger: 1 }, 16);
    phone.apply({ kind: 'lost', finger: 2 }, 16);
    expect(phone.state.held().has('attack')).toBe(true);
    const fired = phone.apply({ kind: 'frame' }, 32);
    expect(fired).toEqual({ presses: [], taps: 0, throws: 0, released: undefined });
    phone.expectNothingHeld();
  });

  it('walks a tap to the world point under the finger when it landed, not where the camera has moved by the lift', () => {
    const state = new TouchState(PORTRAIT, 'floating');
    const spot = { x: PORTRAIT.width / 2, y: PORTRAIT.height * 0.3 };
    expect(buttonAt(PORTRAIT, spot.x, spot.y)).toBeUndefined();
    state.down(4, spot.x, spot.y, 0, { x: 700, y: 310 });
    state.up(4, spot.x + 2, spot.y, 120);
    expect(state.takeTaps()).toEqual([{ x: spot.x + 2, y: spot.y, world: { x: 700, y: 310 } }]);
  });

  it("keeps a floating stick's ring in its zone when the finger runs past its rim toward the student", () => {
    for (const layout of [LANDSCAPE, PORTRAIT]) {
      const zone = layout.stick!.zone;
      const state = new TouchState(layout, 'floating');
      // Lands at the zone's corner nearest the student, then runs onto the student and past.
      const start = { x: Math.min(zone.x + zone.width, layout.focus.x), y: Math.max(zone.y, Math.min(zone.y + zone.height, layout.focus.y)) };
      state.down(1, start.x, start.y, 0);
      for (const step of [0.25, 0.5, 0.75, 1, 1.2]) {
        state.move(1, start.x + (layout.focus.x - start.x) * step + 40 * step, start.y + (layout.focus.y - start.y) * step);
        const stick = state.stick()!;
        expect(stick.baseX).toBeLessThanOrEqual(zone.x + zone.width);
        expect(stick.baseY).toBeGreaterThanOrEqual(zone.y);
      }
    }
  });
});
