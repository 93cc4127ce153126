/**
 * `npm run bench`: figures, not pass/fail. Flags: `--quick` (short runs), `--json` (also print JSON).
 */

import { cpus } from 'node:os';
import { runDoorsFloorBench, runHordeFloorBench, runSimulationBench, runSurvivalBench } from './simulation';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const json = args.has('--json');

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
console.log(`Hyosan High bench — ${machine}${quick ? ' (quick)' : ''}\n`);

console.log('Simulation tick on 01-classroom-wing (students moving, zombies wandering, hearing, chasing):');
const simulation = runSimulationBench({ quick });
console.log('  zombies  ticks  median ms  p95 ms  max ms');
for (const row of simulation) {
  console.log(
    `  ${String(row.zombies).padStart(7)}  ${String(row.ticks).padStart(5)}  ${row.medianMs.toFixed(3).padStart(9)}  ${row.p95Ms.toFixed(3).padStart(6)}  ${row.maxMs.toFixed(2).padStart(6)}`,
  );
}

console.log('\nSimulation tick on a 100x50 generated floor, 1,000 zombies, a phone alarm ringing (goal: median <= 2 ms):');
const hordeFloor = runHordeFloorBench({ quick });
console.log(`  median ${hordeFloor.medianMs.toFixed(3)} ms  p95 ${hordeFloor.p95Ms.toFixed(3)} ms  max ${hordeFloor.maxMs.toFixed(2)} ms over ${hordeFloor.ticks} ticks`);

console.log('\nSurvival rules: the same floor, 1,000 zombies and six students (every role, full packs, night, one holding) (goal: median <= 2 ms):');
const survival = runSurvivalBench({ quick });
console.log(`  median ${survival.medianMs.toFixed(3)} ms  p95 ${survival.p95Ms.toFixed(3)} ms  max ${survival.maxMs.toFixed(2)} ms over ${survival.ticks} ticks`);

console.log('\nDoors: the same floor, 1,000 zombies, every classroom door shut (closed, locked or barricaded), a phone alarm in the corridor (goal: median <= 2 ms):');
const doorsFloor = runDoorsFloorBench({ quick });
console.log(
  `  ${doorsFloor.doors} door tiles, ${doorsFloor.broken} doors and barricades broken; median ${doorsFloor.medianMs.toFixed(3)} ms  p95 ${doorsFloor.p95Ms.toFixed(3)} ms  max ${doorsFloor.maxMs.toFixed(2)} ms over ${doorsFloor.ticks} ticks`,
);

const results: Record<string, unknown> = { machine, simulation, hordeFloor, survival, doorsFloor };
const pathfinding = await import('./pathfinding').catch(() => undefined);
if (pathfinding !== undefined && typeof pathfinding.runPathfindingBench === 'function') {
  console.log('');
  results['pathfinding'] = await pathfinding.runPathfindingBench({ json: false, quick });
}
if (json) console.log(JSON.stringify(results, null, 2));
