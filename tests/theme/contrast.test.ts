/**
 * Per-school colours: white text must reach 4.5:1 on them (WCAG 2.1 AA), checked when
 * site.yaml is loaded. Both example sites pass; a pale colour is refused with a
 * message that names the field and the fix, in Vietnamese and English.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { ContentError } from '../../content-schemas/errors.ts';
import { contrastRatio } from '../../content-schemas/contrast.ts';
import { FIXTURE_SITES_DIR, SITES_DIR } from '../helpers/paths.ts';
import { copySite } from '../helpers/temp-site.ts';
import { EXAMPLE_IDS } from './built-sites.ts';

describe('theme colours', () => {
  it.each(EXAMPLE_IDS)('%s passes 4.5:1 against white text', (id) => {
    const site = loadSiteConfig(join(SITES_DIR, id));
    for (const colour of [site.theme.primary, site.theme.accent].filter(Boolean) as string[]) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('refuses a pale primary colour with the pinned bilingual message', () => {
    const temp = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    temp.edit('site.yaml', (s) => s.replace('primary: "#0b4f8a"', 'primary: "#7fb3e6"'));
    let error: unknown;
    try {
      loadSiteConfig(temp.siteDir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map(({ field, vi, en }) => ({ field, vi, en }))).toEqual([
      {
        field: 'theme.primary',
        vi: '«Màu giao diện» (theme.primary): màu #7fb3e6 chỉ đạt độ tương phản 2,21:1 với chữ trắng, dưới mức 4,5:1 của WCAG 2.1 AA. Cách sửa: chọn màu đậm hơn, ví dụ #0b4f8a.',
        en: '"Theme colour" (theme.primary): #7fb3e6 gives only 2.21:1 against white text, below the 4.5:1 of WCAG 2.1 AA. Fix: pick a darker colour, e.g. #0b4f8a.',
      },
    ]);
  });
});
