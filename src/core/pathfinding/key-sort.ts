/**
 * Agents in order of a key (their tile's field distance), ties by agent index, with no allocation
 * per sort: one stable counting pass when the largest finite key is small, else a stable LSD radix
 * sort in three 11-bit passes (keys are below 2^31). UNREACHABLE keys sort after all others.
 */

import { UNREACHABLE } from './flow-field';

const RADIX_BITS = 11;
const RADIX_BUCKETS = 1 << RADIX_BITS;
const RADIX_MASK = RADIX_BUCKETS - 1;
/** Largest finite key for which the sort counts instead of running the radix passes. */
const COUNTING_SORT_MAX_KEYS = 1 << 18;

export interface KeySorter {
  /** Each agent's key, written by the caller before `sort`. */
  readonly keys: Uint32Array;
  /** Agent indices by ascending key after `sort`, ties by index. */
  readonly order: Int32Array;
  /** Sorts the first `count` agents; `maxFinite` is the largest key that is not UNREACHABLE. */
  sort(count: number, maxFinite: number): void;
}

export function createKeySorter(capacity: number): KeySorter {
  const sortKeys = new Uint32Array(capacity);
  const order = new Int32Array(capacity);
  const orderSpare = new Int32Array(capacity);
  const radixCounts = new Int32Array(RADIX_BUCKETS);
  // Counting-sort buckets, grown on demand up to COUNTING_SORT_MAX_KEYS.
  let keyCounts = new Int32Array(0);

  /**
   * Fills `order` with agent indices by ascending `sortKeys`, ties by index: a stable LSD radix
   * sort in three 11-bit passes (distances are below 2^31), O(agents) with no allocation.
   */
  function sortByDistance(count: number): void {
    let from = order;
    let to = orderSpare;
    for (let i = 0; i < count; i++) from[i] = i;
    for (let shift = 0; shift < 33; shift += RADIX_BITS) {
      radixCounts.fill(0);
      for (let i = 0; i < count; i++) radixCounts[(sortKeys[i]! >>> shift) & RADIX_MASK]!++;
      let sum = 0;
      for (let b = 0; b < RADIX_BUCKETS; b++) {
        const n = radixCounts[b]!;
        radixCounts[b] = sum;
        sum += n;
      }
      for (let i = 0; i < count; i++) {
        const agent = from[i]!;
        to[radixCounts[(sortKeys[agent]! >>> shift) & RADIX_MASK]!++] = agent;
      }
      const swap = from;
      from = to;
      to = swap;
    }
    // Three passes leave the result in `orderSpare`; copy it home.
    if (from !== order) order.set(from.subarray(0, count));
  }

  /**
   * Same order as `sortByDistance` (ascending key, ties by index) in one stable counting pass,
   * when every finite key is at most `maxFinite` (UNREACHABLE sorts after all of them).
   */
  function countingSort(count: number, maxFinite: number): void {
    const slots = maxFinite + 2;
    if (keyCounts.length < slots) keyCounts = new Int32Array(Math.max(slots, 2 * keyCounts.length));
    const counts = keyCounts;
    counts.fill(0, 0, slots);
    const last = maxFinite + 1;
    for (let i = 0; i < count; i++) {
      const key = sortKeys[i]!;
      counts[key === UNREACHABLE ? last : key]!++;
    }
    let sum = 0;
    for (let b = 0; b < slots; b++) {
      const n = counts[b]!;
      counts[b] = sum;
      sum += n;
    }
    for (let i = 0; i < count; i++) {
      const key = sortKeys[i]!;
      order[counts[key === UNREACHABLE ? last : key]!++] = i;
    }
  }

  return {
    keys: sortKeys,
    order,
    sort(count: number, maxFinite: number): void {
      if (maxFinite < COUNTING_SORT_MAX_KEYS) countingSort(count, maxFinite);
      else sortByDistance(count);
    },
  };
}
