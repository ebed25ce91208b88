/** PDF text for the index: extraction, cache by content hash, warnings instead of failures. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanPdfText, pdfText } from '../../themes/cong-truong/indexing/pdf-text.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const TEP = join(FIXTURE_SITES_DIR, 'thcs-tim-kiem/public/tep');

describe('PDF text', () => {
  it('extracts Vietnamese text in NFC, then serves it from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'ct-pdf-cache-'));
    const first = await pdfText(join(TEP, 'quyet-dinh-hoi-dong-kiem-tra.pdf'), '/tep/qd.pdf', cache);
    expect(first).toMatchObject({ pages: 1, cached: false });
    expect(first.warning).toBeUndefined();
    expect(first.text).toContain('niêm phong túi đề kiểm tra trước sự chứng kiến của hai giám thị');
    expect(first.text.normalize('NFC')).toBe(first.text);
    expect(readdirSync(cache)).toHaveLength(1);
    const again = await pdfText(join(TEP, 'quyet-dinh-hoi-dong-kiem-tra.pdf'), '/tep/qd.pdf', cache);
    expect(again).toEqual({ ...first, cached: true });
  });

  it('keys the cache by the bytes: a copy under another name hits, a changed file misses', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'ct-pdf-cache-'));
    const dir = mkdtempSync(join(tmpdir(), 'ct-pdf-copy-'));
    const original = join(TEP, 'quyet-dinh-hoi-dong-kiem-tra.pdf');
    const first = await pdfText(original, '/tep/qd.pdf', cache);
    copyFileSync(original, join(dir, 'ban-sao.pdf'));
    const copy = await pdfText(join(dir, 'ban-sao.pdf'), '/tep/ban-sao.pdf', cache);
    expect(copy).toEqual({ ...first, cached: true });
    // One more byte after %%EOF: PDF.js reads it the same, but it is another file.
    writeFileSync(join(dir, 'da-sua.pdf'), Buffer.concat([readFileSync(original), Buffer.from('\n')]));
    const changed = await pdfText(join(dir, 'da-sua.pdf'), '/tep/da-sua.pdf', cache);
    expect(changed).toEqual({ ...first, cached: false });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('a cache that cannot be written or read costs time, not the text and no warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-pdf-nocache-'));
    const pdf = join(TEP, 'quyet-dinh-hoi-dong-kiem-tra.pdf');
    // The cache folder is a file: every write fails (as on a full disk).
    writeFileSync(join(dir, 'not-a-folder'), '');
    const unwritable = await pdfText(pdf, '/tep/qd.pdf', join(dir, 'not-a-folder'));
    expect(unwritable.warning).toBeUndefined();
    expect(unwritable).toMatchObject({ pages: 1, cached: false });
    expect(unwritable.text).toContain('niêm phong túi đề kiểm tra');
    // A half-written entry left by a killed build is read again, then replaced.
    const cache = join(dir, 'cache');
    await pdfText(pdf, '/tep/qd.pdf', cache);
    const [entry] = readdirSync(cache);
    writeFileSync(join(cache, entry!), '{"text": "niêm ph');
    const again = await pdfText(pdf, '/tep/qd.pdf', cache);
    expect(again).toEqual({ ...unwritable, cached: false });
    expect(JSON.parse(readFileSync(join(cache, entry!), 'utf8')).text).toBe(unwritable.text);
  });

  it('warns, naming the file, when a PDF has no text layer', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'ct-pdf-cache-'));
    const scan = await pdfText(
      join(TEP, 'danh-sach-giam-thi-ban-chup.pdf'),
      '/tep/danh-sach-giam-thi-ban-chup.pdf',
      cache,
    );
    expect(scan.text).toBe('');
    expect(scan.warning).toMatch(
      /^tệp \/tep\/danh-sach-giam-thi-ban-chup\.pdf không có lớp chữ \(có thể là bản scan\)/,
    );
  });

  it('warns instead of throwing on a broken or missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-pdf-broken-'));
    writeFileSync(join(dir, 'hong.pdf'), '%PDF-1.7\nkhông phải PDF');
    const broken = await pdfText(join(dir, 'hong.pdf'), '/tep/hong.pdf', join(dir, 'cache'));
    expect(broken.warning).toMatch(/^không mở được tệp PDF \/tep\/hong\.pdf/);
    const missing = await pdfText(join(dir, 'khong-co.pdf'), '/tep/khong-co.pdf', join(dir, 'cache'));
    expect(missing.warning).toMatch(/^không đọc được tệp \/tep\/khong-co\.pdf/);
  });

  it('joins lines and recomposes accents', () => {
    expect(cleanPdfText('ba\u0309o\n  đa\u0309m\u00ad')).toBe('bảo đảm');
  });
});
