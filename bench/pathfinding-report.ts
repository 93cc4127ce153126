/**
 * The pathfinding bench's tables: plain text for the console and Markdown for
 * `bench/results/pathfinding-latest.md` (which the README quotes).
 */

import type { PathfindingBenchResult, QueryCase } from './pathfinding';

const fmt = (n: number, digits = 3) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(digits));

function queryRow(c: QueryCase): string {
  const e = c.easystar;
  const p = c.pathfindingJs;
  const ours = c.ours;
  return (
    `${c.map.padEnd(9)} ${String(c.size).padStart(4)}² ${c.connectivity} | ` +
    `${fmt(ours.meanMs).padStart(7)} ${fmt(ours.medianMs).padStart(6)} ${fmt(ours.expandedMean, 0).padStart(6)} ${String(ours.suboptimal + ours.invalid).padStart(3)}(${ours.queries}) | ` +
    `${fmt(e.meanMs).padStart(7)} ${fmt(e.ourSpeedRatio, 2).padStart(6)}x ${String(e.suboptimal).padStart(4)}(${e.queries}) ${fmt(e.worstExcessPercent, 1).padStart(5)}% | ` +
    `${fmt(p.meanMs).padStart(7)} ${fmt(p.ourSpeedRatio, 2).padStart(6)}x ${String(p.suboptimal).padStart(4)}(${p.queries})` +
    (ours.invalid + e.invalid + p.invalid > 0 ? `  INVALID ours ${ours.invalid} es ${e.invalid} pf ${p.invalid}` : '')
  );
}

const QUERY_HEADER = 'map        size dir | ours cpu  med    exp bad(n) | easystar cpu ratio subopt(n) worst | PF.js cpu ratio subopt(n)';

export function formatReport(result: Partial<PathfindingBenchResult> & { queries: QueryCase[] }): { queryRows: string; rest: string; markdown: string } {
  const queryRows = result.queries.map(queryRow).join('\n');
  const lines: string[] = [];
  const md: string[] = [];
  if (result.fields !== undefined) {
    lines.push('\nWhole-map flow field (one source), processor ms median / p95; 4-dir also against a plain BFS on the same grid');
    for (const f of result.fields) {
      lines.push(
        `${f.map.padEnd(9)} ${String(f.size).padStart(4)}² ${f.connectivity}-dir  ${fmt(f.medianMs)} / ${fmt(f.p95Ms)}` +
          (f.overBfs !== undefined ? `   BFS ${fmt(f.bfsMedianMs ?? 0)}  field/BFS ${fmt(f.overBfs, 2)}x` : ''),
      );
    }
  }
  if (result.landmarks !== undefined) {
    lines.push('\nLandmark tables for A* (built on the first query after a grid change, not timed above), processor ms (median of 3)');
    for (const l of result.landmarks) lines.push(`${l.map.padEnd(9)} ${String(l.size).padStart(4)}² ${l.connectivity}-dir  ${fmt(l.ms)}  (${l.landmarks} landmarks)`);
  }
  if (result.horde !== undefined) {
    lines.push('\nHorde, 8-dir, 4 wandering students (0.12 tiles/tick), zombies 0.08 tiles/tick: processor ms per tick (field update + crowd step)');
    for (const h of result.horde) {
      lines.push(
        `${h.map} ${h.size}²  ${String(h.agents).padStart(6)} agents  ${h.field.padEnd(17)}  median ${fmt(h.medianMs)}  p95 ${fmt(h.p95Ms)}  max ${fmt(h.maxMs)}  (${h.fieldRecomputes} new fields in ${h.ticks} ticks)`,
      );
    }
  }
  if (result.verdict !== undefined) {
    lines.push('\nVerdict');
    for (const v of result.verdict) lines.push(`${v.met ? 'met    ' : 'NOT MET'}  ${v.goal}: ${v.figure}`);
    const missed = result.verdict.filter((v) => !v.met).length;
    lines.push(missed === 0 ? 'Every goal met.' : `${missed} of ${result.verdict.length} goals not met.`);
  }
  if (result.machine !== undefined) lines.push(`\nNode ${result.machine.node}, ${result.machine.note}; load ${result.machine.load}; ${fmt(result.seconds ?? 0, 1)} s`);

  md.push('# Pathfinding bench (latest full run)', '');
  if (result.machine !== undefined) md.push(`Node ${result.machine.node}, ${result.machine.note}. Load average ${result.machine.load}. ${fmt(result.seconds ?? 0, 1)} s.`, '');
  md.push(
    "Ratios are the libraries' summed processor time over ours on the same pairs, queries interleaved in blocks of 25 (a busy machine does not skew them); ms columns are processor time per query. Every path is judged in true distance (diagonals √2) against a float Dijkstra, optimal within 1e-9 relative.",
    '',
  );
  md.push('| map | size | dir | ours ms (processor) | expanded | ours not optimal | EasyStar ms | × EasyStar | EasyStar suboptimal | PF.js ms | × PF.js | PF.js suboptimal |');
  md.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const c of result.queries) {
    md.push(
      `| ${c.map} | ${c.size}² | ${c.connectivity} | ${fmt(c.ours.meanMs)} | ${fmt(c.ours.expandedMean, 0)} | ${c.ours.suboptimal + c.ours.invalid} of ${c.ours.queries} | ${fmt(c.easystar.meanMs)} | ${fmt(c.easystar.ourSpeedRatio, 2)} | ${c.easystar.suboptimal} of ${c.easystar.queries} | ${fmt(c.pathfindingJs.meanMs)} | ${fmt(c.pathfindingJs.ourSpeedRatio, 2)} | ${c.pathfindingJs.suboptimal} of ${c.pathfindingJs.queries} |`,
    );
  }
  md.push('', '```', ...lines.filter((line) => !line.startsWith('\nNode')).map((line) => line.replace(/^\n/, '\n')), '```', '');
  return { queryRows, rest: lines.join('\n'), markdown: md.join('\n') };
}

export { QUERY_HEADER };
