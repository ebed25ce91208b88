/**
 * Công khai worded by the school's level (TT 09/2024): "nuôi dưỡng, chăm sóc" is
 * preschool wording, so THCS and THPT pages never show it, and mầm non pages do.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { disclosureItemLabel } from '../../content-schemas/disclosure-items.ts';
import { builtSites } from './built-sites.ts';

const PRESCHOOL_WORDING = 'nuôi dưỡng, chăm sóc';

function htmlUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlUnder(path) : name.endsWith('.html') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('disclosureItemLabel', () => {
  it('words the education plan for the level', () => {
    expect(disclosureItemLabel('ke-hoach-giao-duc', 'mam-non')).toContain(PRESCHOOL_WORDING);
    for (const level of ['tieu-hoc', 'thcs', 'thpt', 'lien-cap', 'gdtx'] as const)
      expect(disclosureItemLabel('ke-hoach-giao-duc', level)).toBe('Kế hoạch giáo dục năm học');
    expect(disclosureItemLabel('hoc-phi', 'thcs')).toBe('Học phí và các khoản thu khác');
  });
});

describe.each(
  builtSites()
    .filter((s) => s.site.level)
    .map((s) => [s.id, s] as const),
)('%s', (_id, s) => {
  it('shows preschool wording on its công khai pages only if it is a preschool', () => {
    const pages = htmlUnder(join(s.dist, 'cong-khai'));
    expect(pages.length).toBeGreaterThan(0);
    const withWording = pages.filter((html) => html.includes(PRESCHOOL_WORDING));
    if (s.site.level === 'mam-non') expect(withWording.length).toBeGreaterThan(0);
    else expect(withWording).toEqual([]);
  });
});
