import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../../src/core/state/events';
import { explainLoss } from '../../../../src/core/sim/replay/loss-cause';
import { createRollingRecord, type AlertEvent } from '../../../../src/core/sim/replay/rolling-record';
import { checkRecording } from '../../../../src/core/sim/replay/rewind';
import { createSimulation } from '../../../../src/core/sim/simulation';
import type { Snapshot } from '../../../../src/core/sim/snapshot';
import { levelFromAscii } from '../../level-fixture';

// One student running to and fro in a corridor; a walker behind the wall, out of sight, hears
// the running, comes round through the gap, sees her and bites until she falls (frozen once bitten).
const CORRIDORS = `
  ##############
  #S..........E#
  ##########.###
  #Z...........#
  ##############`;

describe('what got them', () => {
  it('names the walker that heard the running student through the wall, from where, then saw and felled her', () => {
    const level = levelFromAscii(CORRIDORS);
    const sim = createSimulation(level, { seed: 2 });
    const record = createRollingRecord(sim);
    // She runs to and fro until bitten, then freezes where she stands (one walker's bites let a
    // student who moves off get away: rules/zombies/bite.ts).
    let bitten = false;
    for (let t = 1; t <= 2000 && sim.status === 'playing'; t++) {
      const commands = [{ type: 'move', dx: bitten ? 0 : Math.floor(t / 12) % 2 === 0 ? 1 : -1, dy: 0, gait: 'run' } as const];
      const events = sim.step(commands);
      record.afterTick(commands, events);
      if (events.some((e) => e.type === 'studentHit')) bitten = true;
    }
    expect(sim.status).toBe('lost');
    const recording = record.recording();
    const run = checkRecording(level, recording);
    expect(run.drift).toBeUndefined();
    const story = explainLoss(run.ticks, recording.earlierAlerts, run.simulation.snapshot());
    expect(story.endTick).toBe(sim.tick);
    expect(story.falls).toEqual([{ tick: sim.tick, studentId: 0, zombieId: 0 }]);
    expect(story.culprit).toEqual({ zombieId: 0, kind: 'walker' });
    // First it heard her running footsteps from its room (the wall between), at the tile she ran on...
    const [heard, saw] = story.chain;
    expect(heard).toMatchObject({ zombieId: 0, sense: 'sound', noise: 'footstep', studentId: 0, fromTileX: 1, fromTileY: 3, tileY: 1 });
    // ...then it came round through the gap and saw her, from the corridor she was in.
    expect(saw).toMatchObject({ zombieId: 0, sense: 'sight', studentId: 0, fromTileY: 1, tileY: 1 });
    expect(saw!.tick).toBeGreaterThan(heard!.tick);
    expect(story.chain).toHaveLength(2);
    // She fell more than ten seconds after it first heard her: the hearing comes from before the
    // re-run (the record keeps each zombie's last alert before its start, even when it was alerted
    // again inside it); only the sighting is among the ten seconds' detections.
    expect(heard!.tick).toBeLessThan(recording.start.tick);
    expect(story.detections).toEqual([saw]);
  });

  const snapshot = (zombies: { kind: 'walker' | 'runner'; name?: string }[]): Snapshot =>
    ({
      tick: 100,
      students: [
        { tileX: 3, tileY: 3 },
        { tileX: 5, tileY: 5 },
      ],
      zombies: zombies.map((z, i) => ({ ...z, tileX: 10 + i, tileY: 4 })),
    }) as unknown as Snapshot;
  const alert = (zombieId: number, cause: AlertEvent['cause'], studentId?: number): AlertEvent => ({
    type: 'zombieAlerted',
    zombieId,
    cause,
    tileX: 3,
    tileY: 3,
    fromTileX: 9,
    fromTileY: 3,
    ...(studentId === undefined ? {} : { studentId }),
  });

  it('goes back before the re-run for a zombie that noticed them earlier and hunted them since', () => {
    const ticks = [
      { tick: 90, events: [alert(1, 'sight', 0)] as SimEvent[] },
      {
        tick: 95,
        events: [
          { type: 'studentHit', studentId: 1, zombieId: 0, damage: 30 },
          { type: 'studentDowned', studentId: 1 },
        ] as SimEvent[],
      },
    ];
    const story = explainLoss(
      ticks,
      [
        { tick: 12, event: alert(0, 'sound', 1) },
        { tick: 40, event: alert(1, 'smell') },
      ],
      snapshot([{ kind: 'runner' }, { kind: 'walker' }]),
    );
    expect(story.culprit).toEqual({ zombieId: 0, kind: 'runner' });
    expect(story.chain).toEqual([{ tick: 12, zombieId: 0, sense: 'sound', fromTileX: 9, fromTileY: 3, tileX: 3, tileY: 3, studentId: 1 }]);
    // The other zombie's sighting is marked on the replay, but it is not what got them.
    expect(story.detections.map((d) => d.zombieId)).toEqual([1]);
  });

  it("blames a blow from a student when nothing else set the zombie on them, and keeps a turned student's name", () => {
    const ticks = [
      { tick: 50, events: [{ type: 'zombieHit', zombieId: 0, studentId: 1, damage: 10 }] as SimEvent[], snapshot: snapshot([{ kind: 'walker', name: 'Ji-ho' }]) },
      {
        tick: 60,
        events: [
          { type: 'studentHit', studentId: 1, zombieId: 0, damage: 30 },
          { type: 'studentDowned', studentId: 1 },
        ] as SimEvent[],
      },
    ];
    const story = explainLoss(ticks, [], snapshot([{ kind: 'walker', name: 'Ji-ho' }]));
    expect(story.culprit).toEqual({ zombieId: 0, kind: 'walker', name: 'Ji-ho' });
    expect(story.chain).toEqual([{ tick: 50, zombieId: 0, sense: 'struck', fromTileX: 10, fromTileY: 4, tileX: 5, tileY: 5, studentId: 1 }]);
  });

  it('names no zombie when the last student fell to something else', () => {
    const ticks = [
      { tick: 70, events: [{ type: 'studentHit', studentId: 0, zombieId: 0, damage: 5 }] as SimEvent[] },
      { tick: 80, events: [{ type: 'studentDowned', studentId: 1 }] as SimEvent[] },
    ];
    const story = explainLoss(ticks, [{ tick: 3, event: alert(0, 'sight', 0) }], snapshot([{ kind: 'walker' }]));
    expect(story.falls).toEqual([{ tick: 80, studentId: 1 }]);
    expect(story.culprit).toBeUndefined();
    expect(story.chain).toEqual([]);
  });

  it('says when the last student fell because their infection ran its course', () => {
    const ticks = [
      {
        tick: 80,
        events: [
          { type: 'studentDowned', studentId: 1 },
          { type: 'studentTurned', studentId: 1, zombieId: 1, halfbie: false },
        ] as SimEvent[],
      },
    ];
    const story = explainLoss(ticks, [], snapshot([{ kind: 'walker' }, { kind: 'walker', name: 'Seo-yeon' }]));
    expect(story.falls).toEqual([{ tick: 80, studentId: 1, turned: true }]);
    expect(story.culprit).toBeUndefined();
  });
});
