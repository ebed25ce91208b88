/**
 * The example sites (two schools, the Phòng that manages them and the Sở above it),
 * built by the global setup, audit with 0 errors at the fixed reference date 22/11/2026
 * (warnings and information are allowed, and listed). The units are audited against
 * TT 37/2020 Điều 8, the schools against Điều 9.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditSite, summaryLine } from '../../scripts/audit/index.ts';
import { utcDate } from '../../scripts/audit/dates.ts';
import { listSites } from '../../scripts/lib/sites.ts';
import { EXAMPLE_DIST, SITES_DIR } from '../helpers/paths.ts';

const DATE = utcDate(2026, 11, 22);

const EXAMPLES = [
  { id: 'so-gddt-tphcm', unitType: 'so' },
  { id: 'phong-vhxh-ben-thanh', unitType: 'phong' },
  { id: 'thcs-nguyen-du', unitType: 'truong' },
  { id: 'mn-hoa-sen', unitType: 'truong' },
] as const;

it('the examples are exactly the Sở, the Phòng and the two schools', () => {
  expect(listSites(SITES_DIR)).toEqual(EXAMPLES.map((e) => e.id).sort());
});

describe.each(EXAMPLES)('example site $id', ({ id, unitType }) => {
  it('is built and has 0 errors at 22/11/2026', () => {
    const result = auditSite(join(SITES_DIR, id), join(EXAMPLE_DIST, id), { date: DATE });
    const lines = result.findings.map(
      (f) => `${f.severity} ${f.rule}: ${f.message}${f.file ? ` [${f.file}${f.line ? `:${f.line}` : ''}]` : ''}`,
    );
    console.log(`${id}: ${summaryLine(result)}\n  ${lines.join('\n  ')}`);
    expect(result.unitType).toBe(unitType);
    expect(result.built).toBe(true);
    expect(lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});

describe.each(EXAMPLES.filter((e) => e.unitType !== 'truong'))(
  'example unit $id without its organisation chart page',
  ({ id }) => {
    const copy = mkdtempSync(join(tmpdir(), 'cong-truong-unit-audit-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('is reported under TT 37/2020 Điều 8, not Điều 9', () => {
      cpSync(join(SITES_DIR, id), join(copy, id), { recursive: true });
      rmSync(join(copy, id, 'content/trang/co-cau-to-chuc.md'));
      const result = auditSite(join(copy, id), join(copy, 'dist', id), { date: DATE });
      const missing = result.findings.filter((f) => f.rule === 'gioi-thieu');
      expect(missing.map((f) => [f.severity, f.message])).toEqual([
        ['error', 'Thiếu trang «Cơ cấu tổ chức (sơ đồ tổ chức)».'],
      ]);
      expect(missing[0]?.basis).toContain('Điều 8 khoản 1 Thông tư 37/2020/TT-BGDĐT');
    });
  },
);
