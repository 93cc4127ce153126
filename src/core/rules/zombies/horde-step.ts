/**
 * Horde stepping: zombies heading for the same goal tile move together as one crowd down that
 * goal's shared field (see pathfinding/crowd.ts): one zombie per tile, the nearest first, the rest
 * queueing at doors instead of stacking or jittering. Zombies join a group during the tick's
 * decisions (`add`) and all groups move at the end (`flush`), in the order they were first joined,
 * so the result does not depend on anything but the world.
 */

import type { TileGrid } from '../../grid/tile-grid';
import { createCrowd, type CrowdAgents } from '../../pathfinding/crowd';
import { face } from '../world/move-body';
import type { Zombie } from '../../state/world';
import type { GoalFields } from '../../pathfinding/goal-fields';

export interface HordeStep {
  /** Queues a zombie to move toward `goalCell` this tick at `speed` tiles per tick. */
  add(zombie: Zombie, goalCell: number, speed: number): void;
  /** Moves every queued group one tick and forgets them. */
  flush(zombies: readonly Zombie[], goalFields: GoalFields): void;
  /** 1 for each zombie (by id) moved by a crowd in the last flush. */
  readonly moved: Uint8Array;
  /** 1 for each zombie (by id) whose way ahead was taken or blocked in the last flush. */
  readonly waiting: Uint8Array;
}

export function createHordeStep(grid: TileGrid, capacity: number): HordeStep {
  const size = Math.max(1, capacity);
  const crowd = createCrowd(grid, { capacity: size, speedTilesPerTick: 0.2, separationRadiusTiles: 0.9 });
  const agents: CrowdAgents & { speedTilesPerTick: Float64Array } = {
    count: 0,
    x: new Float64Array(size),
    y: new Float64Array(size),
    speedTilesPerTick: new Float64Array(size),
  };
  const groups = new Map<number, { ids: number[]; speeds: number[] }>();
  const moved = new Uint8Array(size);
  const waiting = new Uint8Array(size);
  const member = new Uint8Array(size);

  return {
    moved,
    waiting,
    add(zombie, goalCell, speed) {
      let group = groups.get(goalCell);
      if (group === undefined) {
        group = { ids: [], speeds: [] };
        groups.set(goalCell, group);
      }
      group.ids.push(zombie.id);
      group.speeds.push(speed);
    },
    flush(zombies, goalFields) {
      moved.fill(0);
      for (const [goal, group] of groups) {
        const field = goalFields.toward(goal);
        let minX = Infinity;
        let minY = Infinity;
        let maxX = -Infinity;
        let maxY = -Infinity;
        group.ids.forEach((id, i) => {
          const zombie = zombies[id]!;
          agents.x[i] = zombie.x;
          agents.y[i] = zombie.y;
          agents.speedTilesPerTick[i] = group.speeds[i]!;
          member[id] = 1;
          minX = Math.min(minX, zombie.x);
          minY = Math.min(minY, zombie.y);
          maxX = Math.max(maxX, zombie.x);
          maxY = Math.max(maxY, zombie.y);
        });
        // Other standing zombies near the group join as still agents, so the group queues behind
        // zombies that are idle, attacking or heading elsewhere instead of walking into their tiles.
        let count = group.ids.length;
        for (const zombie of zombies) {
          if (member[zombie.id] === 1 || zombie.mode === 'down') continue;
          if (zombie.x < minX - 2 || zombie.x > maxX + 2 || zombie.y < minY - 2 || zombie.y > maxY + 2) continue;
          agents.x[count] = zombie.x;
          agents.y[count] = zombie.y;
          agents.speedTilesPerTick[count] = 0;
          count++;
        }
        agents.count = count;
        crowd.step(agents, field);
        group.ids.forEach((id, i) => {
          const zombie = zombies[id]!;
          zombie.x = agents.x[i]!;
          zombie.y = agents.y[i]!;
          const dx = crowd.stepX[i]!;
          const dy = crowd.stepY[i]!;
          zombie.moving = dx !== 0 || dy !== 0;
          if (zombie.moving) face(zombie, dx, dy);
          moved[id] = 1;
          waiting[id] = crowd.waiting[i]!;
          member[id] = 0;
        });
      }
      groups.clear();
    },
  };
}
