/**
 * The fixture site built by the real pipeline (global setup): pages, images,
 * sanitised Markdown, search index and sitemap all come out of one build.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST } from '../helpers/paths.ts';

const dist = join(FIXTURE_DIST, 'mini');
const post = () => readFileSync(join(dist, 'tin-tuc/le-khai-giang-nam-hoc-moi/index.html'), 'utf8');

describe('fixture site "mini"', () => {
  it('renders the news post at its Vietnamese ASCII URL', () => {
    const html = post();
    expect(html).toContain('Lễ khai giảng năm học 2025-2026 và Đoàn thanh niên ra quân');
    expect(html).toMatch(/<html[^>]* lang="vi"/);
  });

  it('keeps every string in NFC', () => {
    const html = post();
    expect(html.normalize('NFC')).toBe(html);
  });

  it('strips scripts, event handlers, javascript: links and iframes from editor HTML', () => {
    const html = post();
    // The editor's body, from the prose block to the print control (whose own small script is the theme's).
    const body = html.slice(html.indexOf('<div class="prose'), html.indexOf('<div class="ct-print'));
    expect(body).toContain('Sáng ngày 05/9/2025');
    expect(body).not.toMatch(/<script|<iframe|javascript:|onclick|alert\(/i);
    expect(body).toContain('Liên kết độc hại');
    // Outside the body, the only script in the article is the print button's.
    const article = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect([...article.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([' data-ct-print']);
    expect(article).not.toMatch(/<iframe|javascript:|onclick|alert\(/i);
  });

  it('serves the cover photo as AVIF and WebP with a JPEG fallback and explicit size', () => {
    const html = post();
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    expect(html).toMatch(
      /<img[^>]+src="\/_astro\/[^"]+\.jpg"[^>]+alt="Học sinh xếp hàng dự lễ khai giảng trên sân trường"/,
    );
    expect(html).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/);
  });

  it('writes the search index and the XML sitemap', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://thcsthunghiem.hcm.edu.vn/tin-tuc/le-khai-giang-nam-hoc-moi/');
  });

  it('leaves a Vietnamese redirect page at each path the entry had on the old portal', () => {
    const page = readFileSync(join(dist, 'tin-tuc-su-kien/hoat-dong/le-khai-giang.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/tin-tuc/le-khai-giang-nam-hoc-moi/">');
    expect(page).toContain(
      '<link rel="canonical" href="https://thcsthunghiem.hcm.edu.vn/tin-tuc/le-khai-giang-nam-hoc-moi/">',
    );
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Trang này đã chuyển đến địa chỉ mới: <a href="/tin-tuc/le-khai-giang-nam-hoc-moi/">');
    expect(page).not.toContain('<script');
    // A path without .html becomes a folder; a page of the `pages` collection redirects to its own URL.
    expect(readFileSync(join(dist, 'index.php/news/le-khai-giang/index.html'), 'utf8')).toContain(
      'url=/tin-tuc/le-khai-giang-nam-hoc-moi/',
    );
    expect(readFileSync(join(dist, 'gioi-thieu-chung/index.html'), 'utf8')).toContain('url=/gioi-thieu/');
  });

  it('leaves no redirect for a draft, and lists no redirect in the sitemap', () => {
    expect(existsSync(join(dist, 'tin-tuc-su-kien/thong-bao/ban-nhap.html'))).toBe(false);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toMatch(/tin-tuc-su-kien|gioi-thieu-chung/);
  });
});
