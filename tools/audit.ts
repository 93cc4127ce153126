/**
 * `npm run audit` (run by .ci/run): `npm audit --omit=dev --audit-level=high`, read as JSON.
 * High or critical findings in the shipped dependencies fail (exit 1). When the registry's audit
 * endpoint cannot be reached or refuses the request (this project's registry mirror answers 405),
 * the audit could not run: that prints a clear warning and passes, since it says nothing about
 * the dependencies.
 */

import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export type AuditVerdict = { kind: 'clean' | 'findings' | 'unreachable'; exitCode: 0 | 1; message: string };

interface AuditJson {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string; via?: unknown[] }>;
  error?: { code?: string; summary?: string };
  message?: string;
  statusCode?: number;
}

/** Decides from npm audit's JSON output (and its exit code) what CI should do. */
export function auditVerdict(stdout: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unreachable', exitCode: 0, message: `WARNING: npm audit gave no report (output: ${JSON.stringify(stdout.slice(0, 120))}); the dependencies were NOT audited` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (counts === undefined) {
    const why =
      [report.message, report.error?.summary, report.error?.code, report.statusCode !== undefined ? `HTTP ${report.statusCode}` : undefined].find((text) => text !== undefined && text !== '') ??
      'no vulnerability counts in the answer';
    return { kind: 'unreachable', exitCode: 0, message: `WARNING: the npm audit endpoint could not be used (${why}); the dependencies were NOT audited` };
  }
  const serious = (counts['high'] ?? 0) + (counts['critical'] ?? 0);
  if (serious === 0) return { kind: 'clean', exitCode: 0, message: `npm audit: no high or critical findings in production dependencies (${JSON.stringify(counts)})` };
  const names = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
  return { kind: 'findings', exitCode: 1, message: `npm audit: ${serious} high or critical finding(s) in production dependencies: ${names.join(', ')}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const verdict = auditVerdict(run.stdout ?? '');
  (verdict.kind === 'unreachable' ? console.warn : console.log)(verdict.message);
  process.exit(verdict.exitCode);
}
