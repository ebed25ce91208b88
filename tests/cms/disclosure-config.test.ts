/**
 * Công khai in the generated admin: «Mục công khai» offers only the items of the
 * school's level, listed under their «Nhóm nội dung» (the grouped-select widget);
 * the group is written from the item at save; the page carries the save rules (one
 * entry per item and năm học, a văn bản needs its file) with the site's entries.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DISCLOSURE_ITEMS, requiredDisclosureItems } from '../../content-schemas/disclosure-items.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { buildCmsConfig } from '../../content-schemas/cms/index.ts';
import { adminFiles, existingDisclosures } from '../../themes/cong-truong/cms-integration.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const MINI = join(FIXTURE_SITES_DIR, 'mini');
const site = loadSiteConfig(MINI);

function itemField(level: typeof site.level) {
  const { config } = buildCmsConfig({ site: { ...site, level }, sitePath: 'sites/mini' });
  return config.collections.find((c) => c.name === 'disclosures')?.fields?.find((f) => f.name === 'item');
}
const disclosureFields = () =>
  buildCmsConfig({ site, sitePath: 'sites/mini' }).config.collections.find((c) => c.name === 'disclosures')?.fields ??
  [];

describe('công khai items in the CMS', () => {
  it('are those of the school’s level only, each with its group', () => {
    const thcs = itemField('thcs');
    expect(thcs?.widget).toBe('grouped-select');
    expect(thcs?.groups?.map((g) => g.label)).toEqual([
      'Thông tin chung',
      'Thu, chi tài chính',
      'Điều kiện bảo đảm chất lượng',
      'Kế hoạch và kết quả hoạt động',
      'Báo cáo thường niên',
    ]);
    // The group is not a separate choice: it follows the item.
    expect(disclosureFields().map((f) => f.name)).not.toContain('category');
    expect(thcs?.options?.map((o) => o.value)).toEqual(requiredDisclosureItems('thcs'));
    expect(thcs?.options?.map((o) => o.value)).not.toContain('dich-vu-mam-non');
    for (const o of thcs?.options ?? [])
      expect(o.group, o.value).toBe(DISCLOSURE_ITEMS[o.value as keyof typeof DISCLOSURE_ITEMS].category);
    expect(itemField('mam-non')?.options?.map((o) => o.value)).toContain('dich-vu-mam-non');
    expect(itemField('mam-non')?.options?.map((o) => o.value)).not.toContain('sach-giao-khoa');
  });

  it('reach the admin page as save rules, with the entries the site already has', () => {
    const existing = existingDisclosures(MINI);
    expect(existing.length).toBeGreaterThan(0);
    const files = adminFiles(site, MINI, { entry: 'cms-x.js' });
    const json = /<meta name="cong-truong:save-rules" content="([^"]*)">/.exec(files.html)?.[1] ?? '';
    const rules = JSON.parse(json.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))));
    const first = existing[0];
    expect(rules.disclosures.unique.existing[`${first?.item}|${first?.schoolYear}`].slug).toBe(first?.slug);
    expect(rules.disclosures.labels.item).toBe('Mục công khai');
    expect(rules.documents.lists).toEqual([{ name: 'files', label: 'Tệp văn bản', min: 1 }]);
    expect(rules.disclosures.derived).toMatchObject({ field: 'category', from: 'item' });
    expect(rules.disclosures.derived.map['hoc-phi']).toBe('tai-chinh');
  });
});
