/**
 * The example sites, built by the global setup, audit with 0 errors at the fixed
 * reference date 22/11/2026 (warnings and information are allowed, and listed).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditSite, summaryLine } from '../../scripts/audit/index.ts';
import { utcDate } from '../../scripts/audit/dates.ts';
import { EXAMPLE_DIST, SITES_DIR } from '../helpers/paths.ts';

const DATE = utcDate(2026, 11, 22);

describe.each(['thcs-nguyen-du', 'mn-hoa-sen'])('example site %s', (id) => {
  it('is built and has 0 errors at 22/11/2026', () => {
    const result = auditSite(join(SITES_DIR, id), join(EXAMPLE_DIST, id), { date: DATE });
    const lines = result.findings.map((f) => `${f.severity} ${f.rule}: ${f.message}${f.file ? ` [${f.file}${f.line ? `:${f.line}` : ''}]` : ''}`);
    console.log(`${id}: ${summaryLine(result)}\n  ${lines.join('\n  ')}`);
    expect(result.built).toBe(true);
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});
