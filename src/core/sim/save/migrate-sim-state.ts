/**
 * Saved simulation states from older versions, brought up to date before they are checked. Each
 * step takes a state of version `from` to `from + 1`, filling what that version lacked with the
 * value a fresh world of the level starts with. A newer version than this build knows is refused.
 *
 * - 1 → 2: version 1 had no pushable furniture (`furniture`, `push`), no minds' state (noise makers,
 *   the pacing director, hunters' lure memory: `minds`), no lamps (`lampsOn`), no phone light per
 *   student (`students[].lightOn`) and no stalker on its way in (`stalker`).
 * - 2 → 3: version 2 did not record which level object each door and item came from
 *   (`levelObjects`: not known, null; a level changed since is then matched by the doors' tiles)
 *   nor what the group had explored (`explored`: nothing; the students' sight fills it again at load).
 */

import type { Level } from '../../level/level';
import { createFurniture, noPush } from '../../level/furniture';
import { initialLampsOn } from '../../state/world';
import { createMindsState } from '../../state/minds-state';
import { SimStateError } from './sim-state-error';

import { SIM_STATE_VERSION } from './sim-state-format';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const fill = (state: Raw, key: string, value: unknown): void => {
  if (!Object.hasOwn(state, key)) state[key] = value;
};

const STEPS: Readonly<Record<number, (state: Raw, level: Level) => Raw>> = {
  1: (old, level) => {
    const state: Raw = { ...old, version: 2 };
    if (Array.isArray(state['students'])) state['students'] = state['students'].map((s: unknown) => (isObject(s) && !Object.hasOwn(s, 'lightOn') ? { ...s, lightOn: false } : s));
    fill(state, 'furniture', createFurniture(level.furniture.pieces));
    fill(state, 'push', noPush());
    fill(state, 'minds', createMindsState(level));
    fill(state, 'lampsOn', initialLampsOn(level.lights));
    fill(state, 'stalker', null);
    return state;
  },
  2: (old) => {
    const state: Raw = { ...old, version: 3 };
    fill(state, 'levelObjects', { doors: null, items: null });
    fill(state, 'explored', []);
    return state;
  },
};

/**
 * The state as this build's version: older ones migrated step by step (a new object; the input is
 * left as it was), the current one as is. Throws a SimStateError for an unknown or newer version;
 * what is not an object is passed on for the checker to refuse.
 */
export function migrateSimState(untrusted: unknown, level: Level): unknown {
  if (!isObject(untrusted)) return untrusted;
  const version = untrusted['version'];
  if (version === SIM_STATE_VERSION) return untrusted;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SIM_STATE_VERSION) {
    const newer = typeof version === 'number' && version > SIM_STATE_VERSION;
    throw new SimStateError(
      'version',
      `unsupported simulation state version ${String(version)} (${newer ? 'made by a newer version of the game; ' : ''}this game reads versions 1 to ${SIM_STATE_VERSION})`,
    );
  }
  let state: Raw = untrusted;
  for (let from = version; from < SIM_STATE_VERSION; from++) state = STEPS[from]!(state, level);
  return state;
}
