/**
 * A school fresh from `npm run new-school` still holds template text: the audit flags
 * every file that does, as errors, so `--strict` keeps it off line until it is filled in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchools } from '../../scripts/lib/onboarding/create.ts';
import { auditSite } from '../../scripts/audit/index.ts';
import { REF_DATE } from './helpers/variant.ts';

describe('a site created from the template', () => {
  it('fails chua-thay-mau on site.yaml and on the content files with placeholders', () => {
    const root = mkdtempSync(join(tmpdir(), 'cong-truong-audit-new-'));
    const sitesDir = join(root, 'sites');
    createSchools([{ id: 'thcs-moi', name: 'Trường Trung học cơ sở Mới', level: 'thcs', source: { file: 'test' } }], {
      sitesDir,
      today: REF_DATE,
    });
    const result = auditSite(join(sitesDir, 'thcs-moi'), join(root, 'dist', 'thcs-moi'), { date: REF_DATE, root });
    const marked = result.findings.filter((f) => f.rule === 'chua-thay-mau');
    expect(marked.every((f) => f.severity === 'error')).toBe(true);
    expect(marked.map((f) => f.file)).toContain('sites/thcs-moi/site.yaml');
    expect(marked.length).toBeGreaterThan(5);
    expect(result.score).toBeLessThan(70);
  });
});
