/**
 * `--ci gitlab`: a Code Quality report (gl-code-quality-report.json), shown in merge
 * requests. Each issue: description, check_name, fingerprint, severity, location.
 */
import { createHash } from 'node:crypto';
import type { SiteResult, Severity } from '../types.ts';

const LEVEL: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export function gitlabCodeQuality(results: readonly SiteResult[]): CodeQualityIssue[] {
  return results.flatMap((r) =>
    r.findings.map((f) => {
      const path = f.file ?? `sites/${r.id}/site.yaml`;
      const line = f.line ?? 1;
      return {
        description: `[${r.id}] ${f.message}${f.url ? ` (${f.url})` : ''} Căn cứ: ${f.basis}. Cách sửa: ${f.fix}`,
        check_name: f.rule,
        fingerprint: createHash('sha256').update([r.id, f.rule, path, line, f.message].join('\u0000')).digest('hex'),
        severity: LEVEL[f.severity],
        location: { path, lines: { begin: line } },
      };
    }),
  );
}
