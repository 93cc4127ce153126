import { describe, expect, it } from 'vitest';
import { checkCommand, type Command } from '../../../../src/core/state/commands';
import { createSimulation, type Simulation } from '../../../../src/core/sim/simulation';
import { ITEMS, THROW } from '../../../../src/core/kernel/tuning';
import { levelFromAscii } from '../../level-fixture';

/** A student at (2,2) holding the phone, in a room with a wall stub east and a closed door south. */
function holding(): Simulation {
  const sim = createSimulation(
    levelFromAscii(`
    ##############
    #............#
    #.Sp.....#...#
    #........#...#
    #............#
    ######+#######
    #............#
    #...........E#
    ##############`),
    { seed: 3 },
  );
  const events = sim.step([{ type: 'pickUp' }]);
  expect(events.some((e) => e.type === 'itemPickedUp')).toBe(true);
  return sim;
}

const landed = (sim: Simulation, command: Command): { tileX: number; tileY: number } => {
  const event = sim.step([command]).find((e) => e.type === 'lureThrown' || e.type === 'itemThrown');
  if (event === undefined || !('tileX' in event)) throw new Error('nothing was thrown');
  return { tileX: event.tileX, tileY: event.tileY };
};

describe('an aimed throw', () => {
  it('lands on the aimed tile when it is in range and in the clear, not along the facing', () => {
    const sim = holding();
    expect(landed(sim, { type: 'throwLure', tileX: 4, tileY: 4 })).toEqual({ tileX: 4, tileY: 4 });
    expect(sim.snapshot().lures[0]).toMatchObject({ tileX: 4, tileY: 4 });
  });

  it('is clamped to the throw range along the line toward the aim', () => {
    const sim = holding();
    const far = sim.aimThrow({ kind: 'lure' }, { tileX: 12, tileY: 1 })!;
    const student = sim.snapshot().students[0]!;
    expect(Math.hypot(far.x - student.x, far.y - student.y)).toBeLessThanOrEqual(ITEMS.lure.throwTiles + 1e-6);
    expect(far.tileX).toBeLessThan(8);
    expect(landed(sim, { type: 'throwLure', tileX: 12, tileY: 1 })).toEqual({ tileX: far.tileX, tileY: far.tileY });
  });

  it('stops short of a wall or a closed door on its line of flight', () => {
    const sim = holding();
    // South-east toward the far room: the wall row 5 (its door at x 6 is shut) stops it.
    const throughWall = sim.aimThrow({ kind: 'lure' }, { tileX: 6, tileY: 7 })!;
    expect(throughWall.tileY).toBeLessThanOrEqual(4);
    expect(landed(sim, { type: 'throwLure', tileX: 6, tileY: 7 }).tileY).toBeLessThanOrEqual(4);
  });

  it('previews the hearing radius from the same rule as the noise the throw makes', () => {
    const sim = holding();
    const aim = sim.aimThrow({ kind: 'lure' }, { tileX: 5, tileY: 3 })!;
    expect(aim).toMatchObject({ tileX: 5, tileY: 3, range: ITEMS.lure.throwTiles });
    const events = [...sim.step([{ type: 'throwLure', tileX: 5, tileY: 3 }]), ...sim.step()];
    const ring = events.find((e) => e.type === 'noiseMade' && e.cause === 'alarm');
    expect(ring).toMatchObject({ radius: aim.hearingRadius });
  });

  it('of a carried item carries its aim too, and a light thing is heard less far than a phone alarm', () => {
    const sim = holding();
    const phone = sim.snapshot().students[0]!.pack.find((item) => item.kind === 'phone');
    expect(phone).toBeDefined();
    const aim = sim.aimThrow({ kind: 'item', itemId: phone!.id }, { tileX: 3, tileY: 4 })!;
    expect(aim.hearingRadius).toBe(THROW.noiseRadius);
    expect(aim.range).toBe(THROW.tiles);
    expect(landed(sim, { type: 'throwItem', itemId: phone!.id, tileX: 3, tileY: 4 })).toEqual({ tileX: 3, tileY: 4 });
    expect(sim.aimThrow({ kind: 'lure' }, { tileX: 3, tileY: 4 })).toBeUndefined();
  });

  it('without an aim still flies along the facing, its full range', () => {
    const sim = holding();
    sim.step([{ type: 'move', dx: 0, dy: 1 }]);
    sim.step([{ type: 'move', dx: 0, dy: 0 }]);
    const tile = landed(sim, { type: 'throwLure' });
    expect(tile.tileX).toBe(2);
    expect(tile.tileY).toBe(4);
  });

  it('refuses a half or broken aim with a clear message', () => {
    expect(checkCommand({ type: 'throwLure', tileX: 3 })).toEqual({ ok: false, error: 'throwLure aims at integer tileX and tileY, both or neither (got 3, nothing)' });
    expect(checkCommand({ type: 'throwItem', itemId: 1, tileX: 1.5, tileY: 2 })).toMatchObject({ ok: false });
    expect(checkCommand({ type: 'throwLure', tileX: 3, tileY: 4 })).toEqual({ ok: true, command: { type: 'throwLure', tileX: 3, tileY: 4 } });
    expect(checkCommand({ type: 'throwLure' })).toEqual({ ok: true, command: { type: 'throwLure' } });
  });
});
