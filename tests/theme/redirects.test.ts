/**
 * Redirect pages from the old portal's paths (the built ones are checked in
 * tests/foundation/fixture-build.test.ts): file names, and the refusal to overwrite
 * a page of the new portal.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redirectFile, writeRedirects } from '../../themes/cong-truong/redirects.ts';

const SITE = { url: 'https://thcsnguyendu.hcm.edu.vn/', name: 'Trường THCS Nguyễn Du' };

describe('redirectFile', () => {
  it('keeps .html paths as files and makes other paths folders', () => {
    expect(redirectFile('/tin-tuc-su-kien/hoat-dong/le-khai-giang.html')).toBe('tin-tuc-su-kien/hoat-dong/le-khai-giang.html');
    expect(redirectFile('/gioi-thieu-chung/')).toBe('gioi-thieu-chung/index.html');
    expect(redirectFile('/gioi-thieu-chung')).toBe('gioi-thieu-chung/index.html');
    expect(redirectFile('/tin-tuc/l%E1%BB%85-khai-gi%E1%BA%A3ng.htm')).toBe('tin-tuc/lễ-khai-giảng.htm');
  });
});

describe('writeRedirects', () => {
  function builtSite(): string {
    const dir = mkdtempSync(join(tmpdir(), 'cong-truong-redirects-'));
    mkdirSync(join(dir, 'tin-tuc/le-khai-giang'), { recursive: true });
    writeFileSync(join(dir, 'tin-tuc/le-khai-giang/index.html'), '<!doctype html><title>Lễ khai giảng</title>');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Trang chủ</title>');
    return dir;
  }

  it('writes the redirects whose new page exists and skips the others', () => {
    const dir = builtSite();
    const result = writeRedirects(dir, [
      { from: '/tin-tuc/le-khai-giang.html', to: '/tin-tuc/le-khai-giang/', file: 'a.md' },
      { from: '/tin-tuc/bai-chua-dung.html', to: '/tin-tuc/chua-dung/', file: 'b.md' },
    ], SITE);
    expect(result.written.map((r) => r.from)).toEqual(['/tin-tuc/le-khai-giang.html']);
    expect(result.skipped.map((r) => r.from)).toEqual(['/tin-tuc/bai-chua-dung.html']);
    expect(readFileSync(join(dir, 'tin-tuc/le-khai-giang.html'), 'utf8')).toContain('url=/tin-tuc/le-khai-giang/');
  });

  it('refuses to overwrite a page of the new portal, naming the entry and the field', () => {
    const dir = builtSite();
    expect(() => writeRedirects(dir, [{ from: '/', to: '/tin-tuc/le-khai-giang/', file: 'sites/x/content/tin-tuc/le-khai-giang.md' }], SITE)).toThrow(
      'sites/x/content/tin-tuc/le-khai-giang.md: «Đường dẫn cũ» (oldPaths) "/" trùng một trang của cổng mới. Cách sửa: xoá đường dẫn này khỏi bài. | "Old path" (oldPaths) "/" is a page of the new portal. Fix: remove it from the entry.',
    );
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Trang chủ');
  });
});
