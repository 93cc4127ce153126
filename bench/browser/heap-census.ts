/**
 * Heap census for hunting leaks: a CDP heap snapshot of the page, counted by constructor name
 * (objects, closures, arrays, strings), and the difference between two censuses — what grew.
 */

import type { CDPSession } from 'playwright-core';

export type Census = Map<string, { count: number; bytes: number }>;

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Forces a GC, takes a heap snapshot and counts its nodes by type and name. */
export async function heapCensus(cdp: CDPSession): Promise<Census> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }): void => {
    chunks.push(event.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const raw = JSON.parse(chunks.join('')) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const census: Census = new Map();
  for (let i = 0; i < raw.nodes.length; i += width) {
    const type = types[raw.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'closure' ? `${type} ${raw.strings[raw.nodes[i + nameAt]!]}` : type;
    const entry = census.get(name) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += raw.nodes[i + sizeAt]!;
    census.set(name, entry);
  }
  return census;
}

/** What grew from `before` to `after`, biggest growth in bytes first. */
export function censusGrowth(before: Census, after: Census, top = 15): string[] {
  const rows: { name: string; count: number; bytes: number }[] = [];
  for (const [name, now] of after) {
    const then = before.get(name) ?? { count: 0, bytes: 0 };
    if (now.bytes > then.bytes || now.count > then.count) rows.push({ name, count: now.count - then.count, bytes: now.bytes - then.bytes });
  }
  rows.sort((a, b) => b.bytes - a.bytes);
  return rows.slice(0, top).map((r) => `${(r.bytes / 1024).toFixed(1).padStart(8)} KB  ${String(r.count).padStart(7)}  ${r.name}`);
}
