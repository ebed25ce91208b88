/**
 * Budgets (issue "Theme: government-grade, accessible, light"): every page except
 * search and admin ships ≤ 30 KB of HTML + CSS after gzip and no JavaScript, and a
 * 4000×3000 photo reaches an article-width reader in ≤ 150 KB.
 */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { measurePageWeight } from '../../scripts/bench/page-weight.ts';
import { builtSites, read } from './built-sites.ts';

const BUDGET = 30 * 1024;
/** The question form's script (components/AskFormScript.astro) on /hoi-dap/ and open consultations. */
const ASK_JS_BUDGET = 1536;
/** The header's two inline scripts on every page (display switches remembered, "Menu" as a button). */
const HEADER_JS_BUDGET = 1024;
/** «In trang» (PrintAction.astro) and the "this week" correction (ThisWeekScript.astro), on the pages that use them. */
const PAGE_JS_BUDGET = 640;
const ASK_PAGES = /^\/(hoi-dap|lay-y-kien\/[^/]+)\/(index\.html)?$/;
const sites = builtSites();

describe.each(sites.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  it('keeps every page within 30 KB gzip of HTML + CSS and 1 KB of JS (the header) + 0.625 KB (print, this week), + 1.5 KB for the question form', () => {
    const rows = measurePageWeight(s.dist).filter(
      (r) => !r.page.startsWith('/tim-kiem/') && !r.page.startsWith('/admin/'),
    );
    expect(rows.length).toBeGreaterThan(20);
    const over = rows
      .filter(
        (r) =>
          r.totalGzip > BUDGET ||
          r.jsBytes > HEADER_JS_BUDGET + PAGE_JS_BUDGET + (ASK_PAGES.test(r.page) ? ASK_JS_BUDGET : 0),
      )
      .map((r) => `${r.page}: ${r.totalGzip} B gzip, ${r.jsBytes} B JS`);
    expect(over).toEqual([]);
  });
});

describe('responsive images', () => {
  const mini = sites.find((s) => s.id === 'mini')!;
  const html = read(mini, '/tin-tuc/anh-san-truong/');
  const picture = html.match(/<picture>[\s\S]*?<\/picture>/)?.[0] ?? '';

  it('offers AVIF and WebP sources with widths and sizes, and a JPEG fallback', () => {
    expect(picture).toMatch(
      /<source srcset="[^"]+\.avif 360w, [^"]+\.avif 720w, [^"]+\.avif 1080w" type="image\/avif" sizes="[^"]+"/,
    );
    expect(picture).toMatch(/<source srcset="[^"]+\.webp 360w[^"]*" type="image\/webp"/);
    expect(picture).toMatch(/<img src="\/_astro\/[^"]+\.jpg"[^>]+width="1080" height="810"/);
    expect(picture).toContain('loading="eager"');
  });

  it('serves the 4000×3000 source photo in ≤ 150 KB at article width (720 px), in every format', () => {
    expect(picture).toContain('sizes="(min-width: 48rem) 45rem, 100vw"');
    const articleWidth = [...picture.matchAll(/(\/_astro\/[^\s"]+\.(?:avif|webp|jpg)) 720w/g)].map(
      (m) => m[1] as string,
    );
    expect(articleWidth).toHaveLength(3);
    for (const src of articleWidth) expect(statSync(join(mini.dist, src)).size, src).toBeLessThanOrEqual(150 * 1024);
  });

  it('serves it in ≤ 150 KB as AVIF even on 1.5× screens (1080 px)', () => {
    const avif = picture.match(/(\/_astro\/[^\s"]+\.avif) 1080w/)?.[1] as string;
    expect(statSync(join(mini.dist, avif)).size).toBeLessThanOrEqual(150 * 1024);
  });

  it('loads images below the fold lazily', () => {
    const list = read(mini, '/tin-tuc/');
    expect(list).toMatch(/<img[^>]+loading="lazy"/);
  });
});
