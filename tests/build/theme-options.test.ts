/**
 * The theme integration checks its options where they enter (themes/cong-truong/options.ts):
 * a wrong option is named with its fix, in Vietnamese and English, before Astro starts.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import congTruong from '../../themes/cong-truong/index.ts';
import { validateThemeOptions } from '../../themes/cong-truong/options.ts';
import { ContentError } from '../../content-schemas/errors.ts';
import { EMPTY_NETWORK } from '../../content-schemas/network.ts';
import { loadSiteConfig } from '../../content-schemas/validate.ts';
import { SITES_DIR } from '../helpers/paths.ts';

const siteDir = join(SITES_DIR, 'thcs-nguyen-du');
const good = { siteId: 'thcs-nguyen-du', siteDir, site: loadSiteConfig(siteDir) };

function messageOf(options: unknown): string {
  try {
    validateThemeOptions(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('the options were accepted');
}

describe('the theme options', () => {
  it('accepts every example site as astro.config.mjs passes it, with or without liên thông data', () => {
    for (const id of ['thcs-nguyen-du', 'mn-hoa-sen', 'phong-vhxh-ben-thanh', 'so-gddt-tphcm']) {
      const dir = join(SITES_DIR, id);
      const options = { siteId: id, siteDir: dir, site: loadSiteConfig(dir) };
      expect(validateThemeOptions(options)).toBe(options);
      expect(validateThemeOptions({ ...options, network: EMPTY_NETWORK })).toEqual({
        ...options,
        network: EMPTY_NETWORK,
      });
    }
    expect(congTruong(good).name).toBe('cong-truong');
  });

  it('names a site id that is no folder name, with the fix', () => {
    expect(messageOf({ ...good, siteId: 'THCS Nguyễn Du' })).toMatchInlineSnapshot(`
      "✗ astro.config.mjs
        • congTruong(): tuỳ chọn «siteId» là "THCS Nguyễn Du", không phải tên thư mục của một trường. Cách sửa: ghi tên thư mục trong sites/, chữ thường không dấu nối bằng gạch ngang, ví dụ "thcs-nguyen-du".
          [en] congTruong(): option "siteId" is "THCS Nguyễn Du", not a site's folder name. Fix: give the folder's name under sites/, lowercase ASCII words joined by hyphens, e.g. "thcs-nguyen-du"."
    `);
  });

  it('names a site folder without site.yaml, including one given as ..', () => {
    for (const dir of [join(siteDir, 'content'), '..', '']) {
      const message = messageOf({ ...good, siteDir: dir });
      expect(message).toContain('tuỳ chọn «siteDir»');
      expect(message).toContain('Cách sửa: ghi đường dẫn tới thư mục của trường');
      expect(message).toContain('[en] congTruong(): option "siteDir"');
    }
  });

  it('checks the site config against the site.yaml schema, naming the field', () => {
    const message = messageOf({ ...good, site: { ...good.site, domain: 'javascript:alert(1)' } });
    expect(message).toContain('tuỳ chọn «site» không phải cấu hình hợp lệ của trường');
    expect(message).toContain('site.domain');
    expect(message).toContain('Fix: pass what loadSiteConfig(siteDir) returns');
  });

  it('names a misspelt option and liên thông data of the wrong shape', () => {
    expect(messageOf({ ...good, siteID: 'x' })).toContain('không có tuỳ chọn «siteID». Cách sửa: bỏ nó');
    const message = messageOf({ ...good, network: { members: 'Sở GD&ĐT' } });
    expect(message).toContain('tuỳ chọn «network» không phải dữ liệu liên thông');
    expect(message).toContain('network.members');
  });

  it('refuses no options at all in both languages', () => {
    expect(messageOf(undefined)).toContain('congTruong() cần một đối tượng tuỳ chọn');
    expect(() => congTruong(undefined as never)).toThrow(/\[en\] congTruong\(\) needs an options object/);
  });
});
