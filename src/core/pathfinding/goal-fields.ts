/**
 * Goal fields: shared flow fields toward the places zombies are heading — a seen student's tile, a
 * heard noise, a last-seen spot. Many zombies usually head for the same few tiles, so one field
 * per goal tile serves them all and each zombie's step is an O(1) downhill lookup instead of an A*
 * search. Fields are kept in a small least-recently-used cache and recomputed only when their goal
 * tile is new or the grid changed (doors, barricades).
 */

import type { TileGrid } from '../grid/tile-grid';
import { createFlowField, type FlowField } from './flow-field';

export interface GoalFields {
  /** The field whose single source is `goalCell`, computing it if it is not cached. */
  toward(goalCell: number): FlowField;
}

export function createGoalFields(grid: TileGrid, capacity: number): GoalFields {
  const fields: { goal: number; field: FlowField; usedAt: number }[] = [];
  let clock = 0;
  return {
    toward(goalCell) {
      clock++;
      let entry = fields.find((f) => f.goal === goalCell);
      if (entry === undefined) {
        if (fields.length < capacity) {
          entry = { goal: goalCell, field: createFlowField(grid, { connectivity: 8 }), usedAt: clock };
          fields.push(entry);
        } else {
          entry = fields.reduce((oldest, f) => (f.usedAt < oldest.usedAt ? f : oldest));
          entry.goal = goalCell;
        }
      }
      entry.usedAt = clock;
      entry.field.update([goalCell]); // no-op unless the goal or the grid changed
      return entry.field;
    },
  };
}
