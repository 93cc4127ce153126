/**
 * Crowd stepping for hordes: moves many agents one tick down a shared flow field, keeping them
 * apart without a physics engine.
 *
 * Rules, in the order they apply each tick:
 * 1. Each tile has at most one owner. An agent owns the tile its centre is on; when two agents
 *    start a tick on one tile, the lower index owns it and the other is "crowded".
 * 2. Agents move in order of their tile's field distance in whole cost units (nearest the goal
 *    first, ties by index),
 *    so a queue advances as a whole in one tick instead of one agent per tick.
 * 3. An agent heads for the centre of its tile's downhill neighbour, nudged by separation from
 *    agents within `separationRadiusTiles` (found through a uniform spatial hash of tiles).
 * 4. An agent may cross into another tile only if it is walkable, not owned by another agent this
 *    tick, not uphill from its tile (field distance not larger), and reached without cutting a
 *    wall corner. Otherwise it tries sliding along one axis, and otherwise it waits at the edge of
 *    its own tile: queueing at a door instead of pushing back and forth.
 * 5. A crowded agent that cannot go downhill steps aside into any free walkable neighbour (uphill
 *    only as a last resort), so shared tiles do not last.
 *
 * Words:
 * - tile coordinates: floats where tile (3, 4) covers 3 <= x < 4, 4 <= y < 5; its centre is
 *   (3.5, 4.5).
 * - waiting: the agent wanted to cross into another tile and could not this tick.
 *
 * Deterministic: same agents, field and grid give bit-identical positions.
 */

import type { TileGrid } from '../grid/tile-grid';
import type { FlowField } from './flow-field';
import { UNREACHABLE } from './flow-field';
import { createKeySorter } from './key-sort';

/** The agents a crowd moves; positions are updated in place by `step`. */
export interface CrowdAgents {
  /** Number of agents in use (the first `count` entries of the arrays). */
  count: number;
  /** Centre x of each agent, in tile coordinates. */
  x: Float64Array;
  /** Centre y of each agent, in tile coordinates. */
  y: Float64Array;
  /** Optional speed of each agent, tiles per tick; default `CrowdOptions.speedTilesPerTick`. */
  speedTilesPerTick?: Float32Array | Float64Array;
}

export interface CrowdOptions {
  /** Most agents `step` will ever be given; sizes the internal arrays once. */
  capacity: number;
  /** Default walking speed, tiles per tick (should stay below 1). */
  speedTilesPerTick: number;
  /** Agents closer than this push each other apart, in tiles. Default 0.9. */
  separationRadiusTiles?: number;
  /** Strength of the push, as a share of an agent's speed. Default 0.5. */
  separationWeight?: number;
}

export interface Crowd {
  /** Moves every agent one tick along `field`; `agents.count` must not exceed the capacity. */
  step(agents: CrowdAgents, field: FlowField): void;
  /** Displacement of each agent in the last step, in tiles (for facing and animation). */
  readonly stepX: Float64Array;
  readonly stepY: Float64Array;
  /** 1 where the agent waited in the last step (its way ahead was taken or blocked). */
  readonly waiting: Uint8Array;
}

/** How far from a tile edge a waiting agent stops, in tiles, so it stays inside its own tile. */
const EDGE_MARGIN = 0.001;

// long because: the crowd is one closure over per-agent and per-tile typed arrays allocated once; step and its helpers are inner functions that share them
export function createCrowd(grid: TileGrid, options: CrowdOptions): Crowd {
  const width = grid.width;
  const height = grid.height;
  const size = width * height;
  const cost = grid.cost;
  const capacity = options.capacity;
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new RangeError(`crowd capacity must be a non-negative integer (got ${capacity})`);
  }
  const radius = options.separationRadiusTiles ?? 0.9;
  const radiusSquared = radius * radius;
  const separationWeight = options.separationWeight ?? 0.5;

  // Per agent (by index): start tile, its field distance, the sort key (that distance rounded
  // down to a whole cost unit, UNREACHABLE kept), shared-tile flag.
  const tileOf = new Int32Array(capacity);
  const distanceOf = new Float64Array(capacity);
  const sorter = createKeySorter(capacity);
  const sortKeys = sorter.keys;
  // Per rank (position in the move order), so the agents moved one after another, and their
  // neighbours (at similar field distances), sit next to each other in memory.
  const rankX = new Float64Array(capacity);
  const rankY = new Float64Array(capacity);
  const rankTileX = new Int32Array(capacity);
  const rankTileY = new Int32Array(capacity);
  // Uniform spatial hash with one bucket per tile: tileHead[c] starts a linked list of the ranks
  // of the agents on tile c (in ascending agent index) through nextOnTile, -1 when none; filled
  // at the start of a step and emptied at its end (only the tiles agents stood on are touched).
  const tileHead = new Int32Array(size).fill(-1);
  const nextOnTile = new Int32Array(capacity);
  const order = sorter.order;
  const rankOf = new Int32Array(capacity);
  const crowded = new Uint8Array(capacity);
  const stepX = new Float64Array(capacity);
  const stepY = new Float64Array(capacity);
  const waiting = new Uint8Array(capacity);
  // ownerOf[c]: the agent owning tile c this tick, -1 when none (or released). Every tile given an
  // owner is listed in `claimed` and reset at the end of the step (at most 3 claims per agent:
  // its start tile, one move, one step aside).
  const ownerOf = new Int32Array(size).fill(-1);
  const claimed = new Int32Array(3 * capacity);
  let claimCount = 0;

  function tileAt(x: number, y: number): number {
    let tx = Math.floor(x);
    let ty = Math.floor(y);
    if (tx < 0) tx = 0;
    else if (tx >= width) tx = width - 1;
    if (ty < 0) ty = 0;
    else if (ty >= height) ty = height - 1;
    return ty * width + tx;
  }

  function isFreeFor(cell: number, agent: number): boolean {
    const owner = ownerOf[cell]!;
    return owner === -1 || owner === agent;
  }

  /** Copies start positions into rank order and fills the spatial hash (with ranks). */
  function gatherAndHash(count: number, xs: Float64Array, ys: Float64Array): void {
    for (let k = 0; k < count; k++) {
      const agent = order[k]!;
      rankX[k] = xs[agent]!;
      rankY[k] = ys[agent]!;
      const tile = tileOf[agent]!;
      const tileY = (tile / width) | 0;
      rankTileY[k] = tileY;
      rankTileX[k] = tile - tileY * width;
      rankOf[agent] = k;
    }
    // Walk backwards so every tile's list runs in ascending agent order.
    for (let i = count - 1; i >= 0; i--) {
      const tile = tileOf[i]!;
      const k = rankOf[i]!;
      nextOnTile[k] = tileHead[tile]!;
      tileHead[tile] = k;
    }
  }

  function clearHash(count: number): void {
    for (let i = 0; i < count; i++) tileHead[tileOf[i]!] = -1;
  }

  /**
   * Tries to move `agent` from tile `from` to (nx, ny); returns true when it moved (or stayed in
   * its own tile). Claims the new tile and releases the old one.
   */
  function tryMove(agent: number, from: number, fx: number, fy: number, nx: number, ny: number, fromDistance: number, allowUphill: boolean, distances: Float64Array): boolean {
    if (nx < 0 || ny < 0 || nx >= width || ny >= height) return false;
    const tx = Math.floor(nx);
    const ty = Math.floor(ny);
    if (tx === fx && ty === fy) return true;
    if (tx - fx > 1 || fx - tx > 1 || ty - fy > 1 || fy - ty > 1) return false;
    const to = ty * width + tx;
    if (cost[to] === 0) return false;
    // No corner cutting on a diagonal step.
    if (tx !== fx && ty !== fy && (cost[fy * width + tx] === 0 || cost[ty * width + fx] === 0)) return false;
    if (!isFreeFor(to, agent)) return false;
    if (!allowUphill && distances[to]! > fromDistance) return false;
    if (ownerOf[from] === agent) ownerOf[from] = -1;
    claim(to, agent);
    return true;
  }

  function claim(tile: number, agent: number): void {
    ownerOf[tile] = agent;
    claimed[claimCount++] = tile;
  }

  // long because: one tick of every agent in a single pass over typed arrays (the five rules in the header, in order); a call per agent per rule costs measurable speed at 10,000 agents (npm run bench)
  function step(agents: CrowdAgents, field: FlowField): void {
    const count = agents.count;
    if (count > capacity) throw new RangeError(`crowd of ${count} exceeds capacity ${capacity}`);
    const xs = agents.x;
    const ys = agents.y;
    const speeds = agents.speedTilesPerTick;
    const distances = field.distances;
    const downhill = field.nextCells;
    // Hot state in locals: closures of several crowds share optimised code, which would otherwise
    // read every captured variable from its context on each use.
    const owners = ownerOf;
    const claims = claimed;
    const tiles = tileOf;
    const keys = sortKeys;
    const fieldDistance = distanceOf;
    const isCrowdedAgent = crowded;
    const xAtRank = rankX;
    const yAtRank = rankY;
    const tileXAtRank = rankTileX;
    const tileYAtRank = rankTileY;
    const heads = tileHead;
    const nextOf = nextOnTile;
    const agentAt = order;
    const w = width;
    const h = height;
    const defaultSpeed = options.speedTilesPerTick;
    let claims0 = 0;

    let maxFinite = 0;
    for (let i = 0; i < count; i++) {
      const tile = tileAt(xs[i]!, ys[i]!);
      tiles[i] = tile;
      if (owners[tile] === -1) {
        owners[tile] = i;
        claims[claims0++] = tile;
        isCrowdedAgent[i] = 0;
      } else {
        isCrowdedAgent[i] = 1;
      }
      const distance = distances[tile]!;
      fieldDistance[i] = distance;
      const key = distance === UNREACHABLE ? UNREACHABLE : Math.floor(distance);
      keys[i] = key;
      if (key !== UNREACHABLE && key > maxFinite) maxFinite = key;
    }
    claimCount = claims0;
    sorter.sort(count, maxFinite);
    gatherAndHash(count, xs, ys);

    for (let k = 0; k < count; k++) {
      const agent = agentAt[k]!;
      const x = xAtRank[k]!;
      const y = yAtRank[k]!;
      const fy = tileYAtRank[k]!;
      const fx = tileXAtRank[k]!;
      const from = fy * w + fx;
      const fromDistance = fieldDistance[agent]!;
      const speed = speeds ? speeds[agent]! : defaultSpeed;

      // Heading: to the centre of the downhill tile (or of the own tile on a source / no field).
      const target = fromDistance === UNREACHABLE ? from : downhill[from]!;
      const targetY = (target / w) | 0;
      const targetX = target - targetY * w;
      let vx = targetX + 0.5 - x;
      let vy = targetY + 0.5 - y;
      const toTarget = Math.sqrt(vx * vx + vy * vy);
      if (toTarget > speed) {
        vx *= speed / toTarget;
        vy *= speed / toTarget;
      }
      // Separation from start-of-tick positions of the agents on this and the 8 tiles around.
      let pushX = 0;
      let pushY = 0;
      const x0 = fx > 0 ? fx - 1 : 0;
      const x1 = fx < w - 1 ? fx + 1 : fx;
      const y0 = fy > 0 ? fy - 1 : 0;
      const y1 = fy < h - 1 ? fy + 1 : fy;
      for (let sy = y0; sy <= y1; sy++) {
        const row = sy * w;
        for (let sx = x0; sx <= x1; sx++) {
          for (let other = heads[row + sx]!; other !== -1; other = nextOf[other]!) {
            if (other === k) continue;
            const dx = x - xAtRank[other]!;
            const dy = y - yAtRank[other]!;
            const d2 = dx * dx + dy * dy;
            if (d2 >= radiusSquared) continue;
            if (d2 === 0) {
              // Exactly on top of each other: split them by index so the push is deterministic.
              pushX += agent < agentAt[other]! ? -1 : 1;
              continue;
            }
            const d = Math.sqrt(d2);
            const strength = (radius - d) / (radius * d);
            pushX += dx * strength;
            pushY += dy * strength;
          }
        }
      }
      vx += pushX * separationWeight * speed;
      vy += pushY * separationWeight * speed;
      const length = Math.sqrt(vx * vx + vy * vy);
      if (length > speed) {
        vx *= speed / length;
        vy *= speed / length;
      }

      let nx = x + vx;
      let ny = y + vy;
      const isCrowded = isCrowdedAgent[agent] === 1;
      const allowUphill = fromDistance === UNREACHABLE;
      // Staying inside the own tile (the usual case) needs no checks.
      let moved = nx >= 0 && ny >= 0 && nx < w && ny < h && Math.floor(nx) === fx && Math.floor(ny) === fy ? true : tryMove(agent, from, fx, fy, nx, ny, fromDistance, allowUphill, distances);
      if (!moved) {
        // The tile ahead is taken or blocked: flow around it through another free tile that is
        // strictly downhill (any free tile for a crowded agent).
        const around = findFreeNeighbour(agent, fx, fy, distances, isCrowded || allowUphill ? Infinity : fromDistance);
        if (around !== -1) {
          const aroundY = (around / width) | 0;
          const aroundX = around - aroundY * width;
          let ax = aroundX + 0.5 - x;
          let ay = aroundY + 0.5 - y;
          const toAround = Math.sqrt(ax * ax + ay * ay);
          if (toAround > speed) {
            ax *= speed / toAround;
            ay *= speed / toAround;
          }
          if (tryMove(agent, from, fx, fy, x + ax, y + ay, fromDistance, true, distances)) {
            nx = x + ax;
            ny = y + ay;
            moved = true;
          } else {
            // The way to it crosses a third, taken tile first: edge along inside the own tile.
            const insideX = Math.min(Math.max(x + ax, fx + EDGE_MARGIN), fx + 1 - EDGE_MARGIN);
            const insideY = Math.min(Math.max(y + ay, fy + EDGE_MARGIN), fy + 1 - EDGE_MARGIN);
            if (Math.abs(insideX - x) + Math.abs(insideY - y) > EDGE_MARGIN) {
              nx = insideX;
              ny = insideY;
              moved = true;
            }
          }
        }
      }
      if (!moved) {
        if (tryMove(agent, from, fx, fy, nx, y, fromDistance, allowUphill, distances)) {
          ny = y;
          moved = true;
        } else if (tryMove(agent, from, fx, fy, x, ny, fromDistance, allowUphill, distances)) {
          nx = x;
          moved = true;
        }
      }
      if (!moved) {
        nx = Math.min(Math.max(nx, fx + EDGE_MARGIN), fx + 1 - EDGE_MARGIN);
        ny = Math.min(Math.max(ny, fy + EDGE_MARGIN), fy + 1 - EDGE_MARGIN);
      }
      let blocked = !moved;
      if (isCrowded && tileAt(nx, ny) === from) {
        // Still sharing a tile: step just over the edge (or corner) into a free neighbour.
        const aside = findFreeNeighbour(agent, fx, fy, distances, Infinity);
        if (aside !== -1) {
          const asideY = (aside / width) | 0;
          const asideX = aside - asideY * width;
          nx = asideX === fx ? x : asideX > fx ? asideX + EDGE_MARGIN : fx - EDGE_MARGIN;
          ny = asideY === fy ? y : asideY > fy ? asideY + EDGE_MARGIN : fy - EDGE_MARGIN;
          claim(aside, agent);
          blocked = false;
        }
      }
      waiting[agent] = blocked ? 1 : 0;
      stepX[agent] = nx - x;
      stepY[agent] = ny - y;
      xs[agent] = nx;
      ys[agent] = ny;
    }
    clearHash(count);
    for (let i = 0; i < claimCount; i++) ownerOf[claimed[i]!] = -1;
  }

  /**
   * A free neighbouring tile `agent` may step into from `from` with field distance below `below`
   * (Infinity: any, unreachable ones too): the lowest distance first, then scan order; -1 when
   * there is none.
   */
  function findFreeNeighbour(agent: number, fx: number, fy: number, distances: Float64Array, below: number): number {
    let best = -1;
    let bestDistance = UNREACHABLE;
    for (let dy = -1; dy <= 1; dy++) {
      const ny = fy + dy;
      if (ny < 0 || ny >= height) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const nx = fx + dx;
        if ((dx === 0 && dy === 0) || nx < 0 || nx >= width) continue;
        const cell = ny * width + nx;
        if (cost[cell] === 0) continue;
        if (dx !== 0 && dy !== 0 && (cost[fy * width + nx] === 0 || cost[ny * width + fx] === 0)) continue;
        if (!isFreeFor(cell, agent)) continue;
        const d = distances[cell]!;
        if (d >= below) continue;
        if (best === -1 || d < bestDistance) {
          best = cell;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  return { step, stepX, stepY, waiting };
}
