/**
 * The pure half of the sound board: where a sound sits in the stereo field, how loud it is from
 * afar, what the captions say, which floor a foot lands on, and how a horde is kept to a few voices.
 */

import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/core/state/events';
import type { Snapshot } from '../../src/core/sim/snapshot';
import {
  FAR_TILES,
  MAX_PAN,
  VOICE_LIMITS,
  VoiceLimiter,
  captionFor,
  cuesFor,
  directionWord,
  listenerOf,
  moodOf,
  placeSound,
  planSounds,
  surfaceAt,
  type FloorMap,
} from '../../src/game/audio/sound-plan';
import { EFFECT_NAMES } from '../../src/game/audio/sound-names';
import { tileId } from '../../src/game/render/sprite-layout';

const student = (id: number, x: number, y: number, controlled = false): object => ({ id, name: `s${id}`, x, y, tileX: Math.floor(x), tileY: Math.floor(y), gait: 'walk', controlled, down: false });
const zombie = (id: number, x: number, y: number, awareness = 'unaware'): object => ({ id, kind: 'walker', x, y, tileX: Math.floor(x), tileY: Math.floor(y), awareness });

function snapshotOf(parts: { students?: object[]; zombies?: object[]; tick?: number }): Snapshot {
  return {
    levelId: 't',
    tick: parts.tick ?? 10,
    status: 'playing',
    seed: 1,
    controlledId: 0,
    students: parts.students ?? [],
    zombies: parts.zombies ?? [],
    items: [],
    inventory: {},
    exits: [],
  } as unknown as Snapshot;
}

const listener = { x: 10, y: 10 };

describe('placing a sound for the listener', () => {
  it('pans a sound on the left to the left and one on the right to the right', () => {
    expect(placeSound({ x: 4, y: 10 }, listener).pan).toBeLessThan(0);
    expect(placeSound({ x: 16, y: 10 }, listener).pan).toBeGreaterThan(0);
    expect(placeSound({ x: 10, y: 3 }, listener).pan).toBe(0);
  });

  it('never pans fully into one ear', () => {
    expect(placeSound({ x: -100, y: 10 }, listener).pan).toBe(-MAX_PAN);
    expect(placeSound({ x: 100, y: 10 }, listener).pan).toBe(MAX_PAN);
  });

  it('is loudest close by, quieter further away, and silent beyond FAR_TILES', () => {
    const near = placeSound({ x: 11, y: 10 }, listener).volume;
    const mid = placeSound({ x: 18, y: 10 }, listener).volume;
    const far = placeSound({ x: 10 + FAR_TILES + 1, y: 10 }, listener).volume;
    expect(near).toBe(1);
    expect(mid).toBeLessThan(near);
    expect(mid).toBeGreaterThan(0);
    expect(far).toBe(0);
  });

  it('names the side in words', () => {
    expect(directionWord({ x: 3, y: 10 }, listener)).toBe('left');
    expect(directionWord({ x: 15, y: 11 }, listener)).toBe('right');
    expect(directionWord({ x: 10, y: 2 }, listener)).toBe('above');
    expect(directionWord({ x: 10, y: 18 }, listener)).toBe('below');
    expect(directionWord({ x: 10.5, y: 10 }, listener)).toBe('near');
  });
});

describe('captions', () => {
  const snapshot = snapshotOf({ students: [student(0, 10, 10, true), student(1, 17, 10)], zombies: [zombie(0, 3, 10), zombie(1, 10, 20)] });

  it('says what was heard and from which side', () => {
    expect(captionFor({ type: 'zombieAlerted', zombieId: 0, cause: 'sound', tileX: 10, tileY: 10, fromTileX: 10, fromTileY: 10 }, listener, snapshot)).toBe('[groan, left]');
    expect(captionFor({ type: 'zombieAlerted', zombieId: 1, cause: 'sight', tileX: 10, tileY: 10, fromTileX: 10, fromTileY: 10 }, listener, snapshot)).toBe('[groan, below]');
    expect(captionFor({ type: 'studentHit', studentId: 1, zombieId: 0, damage: 10 }, listener, snapshot)).toBe('[bite, right] [scream, right]');
  });

  it('says "nearby" for a sound at the listener, not "close" (read as the verb: "[door, close]")', () => {
    const beside = snapshotOf({ students: [student(0, 10, 10, true)], zombies: [zombie(0, 10.5, 10)] });
    expect(captionFor({ type: 'zombieAlerted', zombieId: 0, cause: 'sound', tileX: 10, tileY: 10, fromTileX: 10, fromTileY: 10 }, listener, beside)).toBe('[groan, nearby]');
  });

  it("stays quiet about the player's own footsteps and swings", () => {
    expect(captionFor({ type: 'noiseMade', tileX: 10, tileY: 10, radius: 3.5, cause: 'footstep', by: 'student:0' }, listener, snapshot)).toBeUndefined();
    expect(captionFor({ type: 'attackSwung', studentId: 0 }, listener, snapshot)).toBeUndefined();
    expect(captionFor({ type: 'commandRejected', reason: 'x' }, listener, snapshot)).toBeUndefined();
  });
});

describe('footsteps', () => {
  // A 3x1 floor: linoleum, wood, tile (gid = firstgid + tile id).
  const map: FloorMap = {
    width: 3,
    height: 1,
    tilesets: [{ firstgid: 1 }],
    layers: [{ type: 'tilelayer', name: 'floor', data: [1 + tileId('floor-linoleum-worn'), 1 + tileId('floor-wood'), 1 + tileId('floor-tile')] }],
  };

  it('sound like the floor tile under the foot', () => {
    expect([0, 1, 2].map((x) => surfaceAt(map, x, 0))).toEqual(['linoleum', 'wood', 'tile']);
    expect(surfaceAt(map, 9, 9)).toBe('linoleum');
    expect(surfaceAt(undefined, 0, 0)).toBe('linoleum');
    const step = (tileX: number): string =>
      cuesFor({ type: 'noiseMade', tileX, tileY: 0, radius: 3.5, cause: 'footstep', by: 'student:0' }, snapshotOf({ students: [student(0, tileX + 0.5, 0.5, true)] }), map)[0]!.name;
    expect(step(1)).toMatch(/^step-wood-[12]$/);
    expect(step(2)).toMatch(/^step-tile-[12]$/);
  });

  it('only ever name sounds that exist in the sprite', () => {
    const names = new Set<string>(EFFECT_NAMES);
    for (let tick = 0; tick < 50; tick++) {
      const snapshot = snapshotOf({ tick, students: [student(0, 1.5, 0.5, true)], zombies: [zombie(tick % 3, 2, 2), zombie(1, 2, 2), zombie(2, 2, 2)] });
      const events: SimEvent[] = [
        { type: 'noiseMade', tileX: 1, tileY: 0, radius: 3.5, cause: 'footstep', by: 'student:0' },
        { type: 'zombieAlerted', zombieId: tick % 3, cause: 'sound', tileX: 1, tileY: 0, fromTileX: 1, fromTileY: 0 },
        { type: 'levelWon', studentId: 0 },
        { type: 'levelLost' },
      ];
      for (const event of events) for (const cue of cuesFor(event, snapshot, map)) expect(names.has(cue.name), cue.name).toBe(true);
    }
  });
});

describe('events', () => {
  it('each make their own sound', () => {
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)], zombies: [zombie(0, 12, 10)] });
    const names = (event: SimEvent): string[] => cuesFor(event, snapshot, undefined).map((cue) => cue.name);
    expect(names({ type: 'attackSwung', studentId: 0 })).toEqual(['swing']);
    expect(names({ type: 'zombieHit', zombieId: 0, studentId: 0, damage: 1 })).toEqual(['hit']);
    expect(names({ type: 'studentHit', studentId: 0, zombieId: 0, damage: 12 })).toEqual(['bite', 'scream']);
    expect(names({ type: 'itemPickedUp', itemId: 1, item: 'food', studentId: 0 })).toEqual(['pickup']);
    expect(names({ type: 'zombieAlerted', zombieId: 0, cause: 'sight', tileX: 10, tileY: 10, fromTileX: 10, fromTileY: 10 })[0]).toMatch(/^groan-[1-4]$/);
    expect(names({ type: 'noiseMade', tileX: 3, tileY: 3, radius: 22, cause: 'alarm', by: 'lure:0' })).toEqual(['alarm']);
    expect(names({ type: 'levelWon', studentId: 0 })).toEqual(['sting-won']);
    expect(names({ type: 'levelLost' })).toEqual(['sting-lost']);
    expect(names({ type: 'zombieLostTrack', zombieId: 0 })).toEqual([]);
  });

  it('play a sting at full volume wherever the listener is', () => {
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)] });
    const [sting] = planSounds({ events: [{ type: 'levelLost' }], snapshot, listener: { x: 500, y: 500 }, map: undefined, limiter: new VoiceLimiter(), nowMs: 0 });
    expect(sting).toMatchObject({ name: 'sting-lost', pan: 0, volume: 0.8 });
  });

  it('groan in a different voice for different zombies on the same tick', () => {
    const zombies = [0, 1, 2, 3, 4, 5].map((id) => zombie(id, 12, 10));
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)], zombies });
    const voices = new Set(zombies.map((_, id) => cuesFor({ type: 'zombieAlerted', zombieId: id, cause: 'sound', tileX: 10, tileY: 10, fromTileX: 10, fromTileY: 10 }, snapshot, undefined)[0]!.name));
    expect(voices.size).toBeGreaterThan(1);
  });
});

describe('a horde', () => {
  it('plays a few groans, the nearest ones, not a thousand', () => {
    const zombies = Array.from({ length: 1000 }, (_, i) => zombie(i, 10 + (i % 40) - 20, 10 + Math.floor(i / 40) - 12, 'hunting'));
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)], zombies });
    const events: SimEvent[] = zombies.map((_, i) => ({ type: 'zombieAlerted', zombieId: i, cause: 'sound', tileX: 10, tileY: 10, fromTileX: 10, fromTileY: 10 }));
    const limiter = new VoiceLimiter();
    const first = planSounds({ events, snapshot, listener: listenerOf(snapshot), map: undefined, limiter, nowMs: 0 });
    expect(first).toHaveLength(VOICE_LIMITS.groan.voices);
    const nearest = Math.min(...zombies.map((z) => Math.hypot((z as { x: number }).x - 10, (z as { y: number }).y - 10)));
    expect(first[0]!.volume).toBeCloseTo(placeSound({ x: 10 + nearest, y: 10 }, listener).volume * 0.8);
    // The next tick, still inside the window: nothing more.
    expect(planSounds({ events, snapshot, listener, map: undefined, limiter, nowMs: 50 })).toHaveLength(0);
    // After the window, a few again.
    expect(planSounds({ events, snapshot, listener, map: undefined, limiter, nowMs: 50 + VOICE_LIMITS.groan.windowMs })).toHaveLength(VOICE_LIMITS.groan.voices);
  });

  it('turns the music tense while any zombie hunts, and calm when the level ends', () => {
    expect(moodOf(snapshotOf({ zombies: [zombie(0, 1, 1), zombie(1, 1, 1, 'suspicious')] }))).toBe('calm');
    expect(moodOf(snapshotOf({ zombies: [zombie(0, 1, 1), zombie(1, 1, 1, 'hunting')] }))).toBe('tense');
    const over = { ...snapshotOf({ zombies: [zombie(1, 1, 1, 'hunting')] }), status: 'lost' } as Snapshot;
    expect(moodOf(over)).toBe('calm');
  });
});

describe('music by alert level', () => {
  it('chases when a hunting zombie is close to a standing student, tenses when one hunts further off', () => {
    const me = student(0, 10, 10, true);
    expect(moodOf(snapshotOf({ students: [me], zombies: [zombie(0, 40, 40, 'hunting')] }))).toBe('tense');
    expect(moodOf(snapshotOf({ students: [me], zombies: [zombie(0, 13, 12, 'hunting')] }))).toBe('chase');
    expect(moodOf(snapshotOf({ students: [me], zombies: [zombie(0, 13, 12, 'suspicious')] }))).toBe('calm');
    const fallen = { ...(me as Record<string, unknown>), down: true };
    expect(moodOf(snapshotOf({ students: [fallen], zombies: [zombie(0, 13, 12, 'hunting')] }))).toBe('tense');
  });
});

describe('sounds of things', () => {
  it('plays doors, bangs, glass and splintering for the noises of those causes, captioned', () => {
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)] });
    const noise = (cause: string): SimEvent => ({ type: 'noiseMade', tileX: 4, tileY: 10, radius: 8, cause, by: 'door:1' }) as unknown as SimEvent;
    expect(cuesFor(noise('door'), snapshot, undefined).map((c) => c.name)).toEqual(['door']);
    expect(cuesFor(noise('bash'), snapshot, undefined).map((c) => c.name)).toEqual(['bang']);
    expect(cuesFor(noise('glass'), snapshot, undefined).map((c) => c.name)).toEqual(['glass']);
    expect(cuesFor(noise('barricade'), snapshot, undefined).map((c) => c.name)).toEqual(['splinter']);
    expect(cuesFor(noise('nothing-known'), snapshot, undefined)).toEqual([]);
    expect(captionFor(noise('glass'), listener, snapshot)).toBe('[glass breaking, left]');
    for (const cause of ['door', 'bash', 'glass', 'barricade', 'alarm', 'bell', 'piano', 'growl']) {
      for (const cue of cuesFor(noise(cause), snapshot, undefined)) expect(EFFECT_NAMES, cause).toContain(cue.name);
    }
  });

  it('captions only the phone as a phone alarm: the piano, PA, fire alarm, bell and a fire say what they are', () => {
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)] });
    const noise = (cause: string): SimEvent => ({ type: 'noiseMade', tileX: 4, tileY: 10, radius: 8, cause, by: 'device:0' }) as unknown as SimEvent;
    expect(captionFor(noise('alarm'), listener, snapshot)).toBe('[phone alarm, left]');
    expect(captionFor(noise('piano'), listener, snapshot)).toBe('[piano, left]');
    for (const cause of ['speaker', 'fireAlarm', 'bell', 'fire']) {
      const caption = captionFor(noise(cause), listener, snapshot);
      expect(caption, cause).toMatch(/^\[.+, left\]$/);
      expect(caption, cause).not.toContain('phone');
      for (const cue of cuesFor(noise(cause), snapshot, undefined)) expect(EFFECT_NAMES, cause).toContain(cue.name);
    }
  });

  it('thuds when someone falls', () => {
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true), student(1, 14, 10)], zombies: [zombie(0, 6, 10)] });
    expect(cuesFor({ type: 'studentDowned', studentId: 1 }, snapshot, undefined).map((c) => c.name)).toEqual(['fall']);
    expect(captionFor({ type: 'zombieDowned', zombieId: 0 }, listener, snapshot)).toBe('[thud, left]');
  });

  it('captions in Korean when the game speaks Korean', async () => {
    const { setLanguage } = await import('../../src/game/i18n/i18n');
    const snapshot = snapshotOf({ students: [student(0, 10, 10, true)], zombies: [zombie(0, 4, 10)] });
    setLanguage('ko');
    try {
      expect(captionFor({ type: 'zombieAlerted', zombieId: 0, cause: 'sound', tileX: 4, tileY: 10, fromTileX: 4, fromTileY: 10 }, listener, snapshot)).toBe('[신음, 왼쪽]');
    } finally {
      setLanguage('en');
    }
  });

  it('hears gym floors as wood, rooftops as concrete and mats as mats (from the tile catalog)', () => {
    const map: FloorMap = {
      width: 3,
      height: 1,
      tilesets: [{ firstgid: 1 }],
      layers: [{ type: 'tilelayer', name: 'floor', data: [tileId('floor-gym') + 1, tileId('floor-rooftop') + 1, tileId('floor-bathroom') + 1] }],
    };
    expect([0, 1, 2].map((x) => surfaceAt(map, x, 0))).toEqual(['wood', 'concrete', 'tile']);
    for (const surface of ['concrete', 'mat']) expect(EFFECT_NAMES).toContain(`step-${surface}-1`);
  });
});
