import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IllegalTransitionError, transitionsOf } from '../../../../src/core/kernel/state-table';
import type { ZombieMode } from '../../../../src/core/state/world';
import { changeMode, ZOMBIE_MIND } from '../../../../src/core/rules/zombies/zombie-mind';
import { swing } from '../../../../src/core/rules/students/combat';
import { downStudent } from '../../../../src/core/rules/students/fall';
import { createTickContext } from '../../../../src/core/rules/tick-context';
import { scenario, type Scenario } from './scenario';

/** Every transition some scene below was seen to take, as `from -event-> to`. */
const covered = new Set<string>();

interface Mind extends Scenario {
  taken: string[];
}

function mind(ascii: string, seed = 1): Mind {
  const s = scenario(ascii, seed);
  const taken: string[] = [];
  s.context.transitions.watch = ({ from, event, to }) => taken.push(`${from} -${event}-> ${to}`);
  return { ...s, taken };
}

function expectTaken(m: Mind, transition: string): void {
  expect(m.taken).toContain(transition);
  covered.add(transition);
}

/** Ticks (at most `limit`) until the zombie's mode changes. */
function tickUntilChange(m: Mind, limit = 400): void {
  const zombie = m.world.zombies[0]!;
  const before = zombie.mode;
  for (let t = 0; t < limit && zombie.mode === before; t++) m.tick();
}

// The student is behind a wall: the zombie can neither see nor reach them.
const ALONE = `
  ############
  #..........#
  #.Z........#
  #..........#
  ############
  #S........E#
  ############`;

// The student stands four tiles ahead of the zombie (set facing east).
const IN_VIEW = `
  ##########
  #........#
  #.Z...S..#
  #........#
  #E.......#
  ##########`;

// The student stands beside the zombie, facing it (set facing west).
const BESIDE = `
  ########
  #......#
  #.ZS...#
  #.....E#
  ########`;

// A closed door between the zombie and the east room, where its goal is (7, 2); the student is
// out of sight there, and beyond the hunter's hearing of breath.
const DOOR = `
  ##############
  #....#.......#
  #...Z+.......#
  #....#.......#
  #....#.....SE#
  ##############`;

/** The setup that puts a zombie in each mode as its rules would have left it (goal, target, timers), facing west. */
function put(m: Mind, mode: ZombieMode, fields: Record<string, unknown> = {}): void {
  const zombie = m.world.zombies[0]!;
  const hunting = mode === 'chase' || mode === 'attack';
  Object.assign(zombie, { mode, modeTicks: 100, targetId: hunting ? 0 : -1, path: [], facingX: -1, facingY: 0, ...fields });
}

const STANDING: ZombieMode[] = ['idle', 'wander', 'investigate', 'chase', 'search', 'attack', 'bash'];

describe('a zombie mind', () => {
  describe('whatever a standing zombie is doing', () => {
    it.each(STANDING)('from %s, a blow that does not fell it turns it on the attacker (provoked)', (mode) => {
      const m = mind(BESIDE);
      put(m, mode, { health: 50 });
      Object.assign(m.world.students[0]!, { facingX: -1, facingY: 0 });
      swing(m.context, m.world.students[0]!);
      expectTaken(m, `${mode} -provoked-> chase`);
      expect(m.world.zombies[0]!.targetId).toBe(0);
    });

    it.each(STANDING)('from %s, a blow that takes its last health knocks it down (knockedDown)', (mode) => {
      const m = mind(BESIDE);
      put(m, mode, { health: 1 });
      Object.assign(m.world.students[0]!, { facingX: -1, facingY: 0 });
      swing(m.context, m.world.students[0]!);
      expectTaken(m, `${mode} -knockedDown-> down`);
    });

    it.each([
      ['idle', 'chase'],
      ['wander', 'chase'],
      ['investigate', 'chase'],
      ['search', 'chase'],
      ['bash', 'chase'],
      ['chase', 'chase'],
      ['attack', 'attack'],
    ] as const)('from %s, a student in sight is seen (saw -> %s)', (mode, to) => {
      const m = mind(IN_VIEW);
      put(m, mode, { facingX: 1, facingY: 0 });
      m.tick();
      expectTaken(m, `${mode} -saw-> ${to}`);
      expect(m.world.zombies[0]!.targetId).toBe(0);
    });

    it.each(['idle', 'wander', 'investigate', 'search', 'bash'] as const)('from %s, a noise in earshot is heard (heard -> investigate)', (mode) => {
      const m = mind(ALONE);
      put(m, mode);
      m.tick([{ tileX: 8, tileY: 2, radius: 10, cause: 'alarm' }]);
      expectTaken(m, `${mode} -heard-> investigate`);
      expect({ x: m.world.zombies[0]!.goalX, y: m.world.zombies[0]!.goalY }).toEqual({ x: 8, y: 2 });
    });

    it.each(['idle', 'wander', 'search'] as const)('from %s, blood beside it is smelled (smelled -> investigate)', (mode) => {
      const m = mind(ALONE);
      put(m, mode);
      m.world.scent.lay(2 * m.world.grid.width + 3, m.world.tick);
      m.tick();
      expectTaken(m, `${mode} -smelled-> investigate`);
      expect(m.world.zombies[0]!.onTrail).toBe(true);
    });
  });

  describe('idle', () => {
    it('strolls off when its pause runs out (strolled)', () => {
      const m = mind(ALONE);
      put(m, 'idle', { modeTicks: 1 });
      m.tick();
      expectTaken(m, 'idle -strolled-> wander');
    });

    it('pauses again when there is nowhere near home to stroll to (nowhereToGo)', () => {
      const m = mind(`
        #######
        #Z#S.E#
        #######`);
      put(m, 'idle', { modeTicks: 1 });
      m.tick();
      expectTaken(m, 'idle -nowhereToGo-> idle');
      expect(m.world.zombies[0]!.modeTicks).toBeGreaterThan(1);
    });
  });

  describe('wander', () => {
    it('rests at the end of its stroll (arrived)', () => {
      const m = mind(ALONE);
      put(m, 'wander', { path: [2 * m.world.grid.width + 3] });
      tickUntilChange(m);
      expectTaken(m, 'wander -arrived-> idle');
    });
  });

  describe('investigate', () => {
    it('searches once it reaches the noise and finds nobody (arrived)', () => {
      const m = mind(ALONE);
      put(m, 'investigate', { goalX: 5, goalY: 2 });
      tickUntilChange(m);
      expectTaken(m, 'investigate -arrived-> search');
    });

    it('searches where it is when the noise is forgotten on the way (gaveUp)', () => {
      const m = mind(ALONE);
      put(m, 'investigate', { goalX: 10, goalY: 2, modeTicks: 2 });
      tickUntilChange(m);
      expectTaken(m, 'investigate -gaveUp-> search');
    });

    it('turns to a louder noise (heard)', () => {
      const m = mind(ALONE);
      put(m, 'investigate', { goalX: 10, goalY: 1, goalStrength: 0.5 });
      m.tick([{ tileX: 8, tileY: 3, radius: 12, cause: 'alarm' }]);
      expectTaken(m, 'investigate -heard-> investigate');
      expect(m.world.zombies[0]!.goalY).toBe(3);
    });

    it('following a trail, steps on to its freshest tile (smelled)', () => {
      const m = mind(ALONE);
      put(m, 'investigate', { onTrail: true, modeTicks: 0, goalX: 8, goalY: 2 });
      m.world.scent.lay(2 * m.world.grid.width + 3, m.world.tick);
      m.tick();
      expectTaken(m, 'investigate -smelled-> investigate');
      expect(m.world.zombies[0]!.goalX).toBe(3);
    });

    it('searches where a trail goes cold (trailCold)', () => {
      const m = mind(ALONE);
      put(m, 'investigate', { onTrail: true, modeTicks: 0, goalX: 8, goalY: 2 });
      m.world.scent.lay(1 * m.world.grid.width + 10, m.world.tick); // blood far off, none near it
      m.tick();
      expectTaken(m, 'investigate -trailCold-> search');
    });

    it('bashes the closed door its way to the noise runs through (blocked)', () => {
      const m = mind(DOOR);
      put(m, 'investigate', { goalX: 7, goalY: 2 });
      m.tick();
      expectTaken(m, 'investigate -blocked-> bash');
      expect(m.world.zombies[0]!.bashDoorId).toBe(0);
    });
  });

  describe('chase', () => {
    it('attacks a target in reach (inReach)', () => {
      const m = mind(BESIDE);
      put(m, 'chase', { facingX: 1, facingY: 0 });
      m.world.students[0]!.x = 3.2;
      m.tick();
      expectTaken(m, 'chase -inReach-> attack');
    });

    it('searches its last seen place once the target is out of sight for too long (lost)', () => {
      const m = mind(ALONE);
      put(m, 'chase', { goalX: 9, goalY: 2, modeTicks: 2 });
      const events = [...m.tick(), ...m.tick()];
      expectTaken(m, 'chase -lost-> search');
      expect(events).toContainEqual({ type: 'zombieLostTrack', zombieId: 0 });
    });

    it('searches when its target falls (targetGone)', () => {
      const m = mind(ALONE);
      put(m, 'chase');
      downStudent(m.context, m.world.students[0]!);
      m.tick();
      expectTaken(m, 'chase -targetGone-> search');
    });

    it('bashes a closed door between it and where the target was last seen (blocked)', () => {
      const m = mind(DOOR);
      put(m, 'chase', { goalX: 7, goalY: 2 });
      m.tick();
      expectTaken(m, 'chase -blocked-> bash');
    });
  });

  describe('attack', () => {
    it('chases a target that stepped out of reach (outOfReach)', () => {
      const m = mind(IN_VIEW);
      put(m, 'attack', { facingX: 1, facingY: 0 });
      m.tick();
      expectTaken(m, 'attack -outOfReach-> chase');
    });

    it('searches when its target falls (targetGone)', () => {
      const m = mind(BESIDE);
      put(m, 'attack');
      downStudent(m.context, m.world.students[0]!);
      m.tick();
      expectTaken(m, 'attack -targetGone-> search');
    });
  });

  describe('search', () => {
    it('rests when its search time runs out (gaveUp)', () => {
      const m = mind(ALONE);
      put(m, 'search', { modeTicks: 1 });
      m.tick();
      expectTaken(m, 'search -gaveUp-> idle');
    });

    it('still bashes the door it pressed into with the horde in the tick it lost its target (blocked)', () => {
      const m = mind(DOOR);
      put(m, 'chase', { goalX: 7, goalY: 2, modeTicks: 1 });
      m.tick();
      expect(m.taken.slice(0, 2)).toEqual(['chase -lost-> search', 'search -blocked-> bash']);
      expectTaken(m, 'search -blocked-> bash');
    });
  });

  describe('bash', () => {
    it('gives up on a door it cannot break in time, and searches (gaveUp)', () => {
      const m = mind(DOOR);
      put(m, 'bash', { goalX: 7, goalY: 2, modeTicks: 1, bashDoorId: 0 });
      m.tick();
      expectTaken(m, 'bash -gaveUp-> search');
    });

    it('with a target, chases again once the door is out of its way (unblocked)', () => {
      const m = mind(DOOR.replace('+', '/'));
      put(m, 'bash', { goalX: 7, goalY: 2, targetId: 0, bashDoorId: 0 });
      m.tick();
      expectTaken(m, 'bash -unblocked-> chase');
    });

    it('without one, goes on to the noise or trail (unblocked)', () => {
      const m = mind(DOOR.replace('+', '/'));
      put(m, 'bash', { goalX: 7, goalY: 2, bashDoorId: 0 });
      m.tick();
      expectTaken(m, 'bash -unblocked-> investigate');
    });
  });

  describe('the hunter', () => {
    const HUNTER_DOOR = DOOR.replace('Z', 'H').replace('+', 'L');

    it('keeps bashing the door between it and a new sound (heard -> bash)', () => {
      const m = mind(HUNTER_DOOR);
      put(m, 'bash', { goalX: 7, goalY: 2, bashDoorId: 0 });
      m.tick([{ tileX: 7, tileY: 3, radius: 12, cause: 'alarm' }]);
      expectTaken(m, 'bash -heard-> bash');
      expect(m.world.zombies[0]!.goalY).toBe(3);
    });

    it('set on bashing but standing at its goal, searches there (arrived)', () => {
      const m = mind(HUNTER_DOOR);
      put(m, 'bash', { goalX: 4, goalY: 2, bashDoorId: 0 });
      m.tick();
      expectTaken(m, 'bash -arrived-> search');
    });

    it('chasing, meets a locked door on a route planned earlier while standing on the last seen place, and loses its target (blocked, then lost)', () => {
      const m = mind(HUNTER_DOOR);
      const width = m.world.grid.width;
      put(m, 'chase', { goalX: 4, goalY: 2, path: [2 * width + 5, 2 * width + 6], repathIn: 100 });
      m.tick();
      expect(m.taken).toEqual(['chase -blocked-> bash', 'bash -lost-> search']);
      expectTaken(m, 'bash -lost-> search');
    });

    it('investigates after a door, even with a target (unblocked -> investigate)', () => {
      const m = mind(DOOR.replace('Z', 'H').replace('+', '/'));
      put(m, 'bash', { goalX: 7, goalY: 2, targetId: 0, bashDoorId: 0 });
      m.tick();
      expectTaken(m, 'bash -unblocked-> investigate');
    });

    it('bashes a locked door it cannot open (blocked)', () => {
      const m = mind(HUNTER_DOOR);
      put(m, 'investigate', { goalX: 7, goalY: 2 });
      m.tick();
      expectTaken(m, 'investigate -blocked-> bash');
    });
  });

  describe('illegal transitions', () => {
    it('throw in a strict tick context, naming the zombie, the mode and the event', () => {
      const m = mind(ALONE);
      expect(() => changeMode(m.context, m.world.zombies[0]!, 'inReach')).toThrow(new IllegalTransitionError('zombie 0 (walker): no legal transition from idle on inReach'));
    });

    it('throw when every guard fails: only the hunter arrives while bashing', () => {
      const m = mind(DOOR);
      put(m, 'bash');
      expect(() => changeMode(m.context, m.world.zombies[0]!, 'arrived')).toThrow(/from bash on arrived \(every guard failed\)/);
    });

    it('throw for a zombie that is down: nothing gets it up', () => {
      const m = mind(ALONE);
      put(m, 'down');
      expect(() => changeMode(m.context, m.world.zombies[0]!, 'provoked')).toThrow(IllegalTransitionError);
    });

    it('are counted, not thrown, in a lenient context, and leave the mode as it was', () => {
      const m = mind(ALONE);
      const context = createTickContext(m.world, { strict: false });
      expect(changeMode(context, m.world.zombies[0]!, 'lost')).toBe('idle');
      expect(m.world.zombies[0]!.mode).toBe('idle');
      expect(context.transitions).toMatchObject({ illegal: 1, lastIllegal: 'zombie 0 (walker): no legal transition from idle on lost' });
    });
  });

  it('has a scene above for every transition in its table', () => {
    const named = transitionsOf(ZOMBIE_MIND).flatMap(({ from, event, to }) => to.map((state) => `${from} -${event}-> ${state}`));
    expect(named.filter((transition) => !covered.has(transition))).toEqual([]);
  });

  it('is the only place in the core that sets a zombie mode', () => {
    const writers = coreFiles('src/core').filter((file) => /\.mode = /.test(readFileSync(file, 'utf8')));
    expect(writers).toEqual(['src/core/rules/zombies/zombie-mind.ts']);
  });
});

function coreFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? coreFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}
