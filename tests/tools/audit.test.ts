import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../tools/audit';

describe('the CI audit step', () => {
  it('fails on high or critical findings and names them', () => {
    const report = {
      vulnerabilities: { lodash: { severity: 'high' }, minimist: { severity: 'low' } },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 0, total: 2 } },
    };
    const verdict = auditVerdict(JSON.stringify(report));
    expect(verdict).toMatchObject({ kind: 'findings', exitCode: 1 });
    expect(verdict.message).toContain('lodash (high)');
    expect(verdict.message).not.toContain('minimist');
  });

  it('passes a clean report, even with low findings', () => {
    expect(auditVerdict(JSON.stringify({ vulnerabilities: {}, metadata: { vulnerabilities: { low: 2, moderate: 1, high: 0, critical: 0 } } }))).toMatchObject({ kind: 'clean', exitCode: 0 });
  });

  it('warns, and passes, when the audit endpoint answers 405 or is unreachable', () => {
    const refused = auditVerdict(JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 }));
    expect(refused).toMatchObject({ kind: 'unreachable', exitCode: 0 });
    expect(refused.message).toMatch(/^WARNING: .*405 Method Not Allowed.*NOT audited/);
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request failed, reason: getaddrinfo ENOTFOUND' } })).message).toContain('ENOTFOUND');
    expect(auditVerdict('')).toMatchObject({ kind: 'unreachable', exitCode: 0 });
  });
});
