/** The audit README stays in step with the code: every rule, the weights and the caps. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../scripts/audit/index.ts';
import { CATEGORY_CAPS, WEIGHTS } from '../../scripts/audit/score.ts';
import { CATEGORY_LABELS, type Category } from '../../scripts/audit/types.ts';
import { ruleRows } from '../../scripts/audit/report/rules-table.ts';
import { ROOT } from '../helpers/paths.ts';

const readme = readFileSync(resolve(ROOT, 'scripts/audit/README.md'), 'utf8');

describe('scripts/audit/README.md', () => {
  it('lists every rule with its basis', () => {
    for (const row of ruleRows()) {
      const line = readme.split('\n').find((l) => l.startsWith(`| \`${row.id}\` |`));
      expect(line, row.id).toBeDefined();
      expect(line).toContain(row.basis);
    }
    expect(RULES.length).toBe(38);
  });

  it('states the weights and the category caps of score.ts', () => {
    expect(readme).toContain(`lỗi ${WEIGHTS.error}, cảnh báo ${WEIGHTS.warning}, thông tin ${WEIGHTS.info}`);
    for (const c of Object.keys(CATEGORY_CAPS) as Category[])
      expect(readme).toContain(`| ${CATEGORY_LABELS[c]} | ${CATEGORY_CAPS[c]} |`);
  });
});
