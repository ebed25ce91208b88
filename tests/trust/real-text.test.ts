/**
 * Real Vietnamese text never breaks a build (issue 10): one real build of the mini
 * fixture with posts that say "Sở GD&ĐT", "điểm trung bình < 5", `&#x26;`, `&amp;`,
 * `&nbsp;`, emoji, a title with "&", and a body typed on an NFD keyboard. The build
 * succeeds; Chromium reads the pages as a visitor does (text shown correctly, HTML
 * escaped in the source, everything NFC); the real Pagefind index, searched through
 * /tim-kiem/, finds the posts by "GD&ĐT"-style and NFD queries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, type BuildResult } from '../../scripts/lib/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { FIXTURE_SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';
import { copySite, type TempSite } from '../helpers/temp-site.ts';
import { openSearch, results, typeQuery } from '../search/search-ui.ts';

const GD = '/tin-tuc/thuc-hien-cong-van-so-gd-dt/';
const NFD = '/tin-tuc/khuyen-hoc-go-bang-nfd/';

const GD_POST = `---
title: Thực hiện Công văn của Sở GD&ĐT về ôn tập & xét lên lớp
description: Học sinh có điểm trung bình < 5 được ôn tập trong hè.
date: 2026-04-20
category: thong-bao
---
Thực hiện Công văn của Sở GD&ĐT, nhà trường thông báo: học sinh có điểm trung bình < 5 được ôn tập trong hè.

Nhà trường &#x26; Ban đại diện cha mẹ học sinh &amp; giáo viên chủ nhiệm phối hợp; lịch học từ 8&nbsp;giờ.

Chúc mừng các em 🎉, cảm ơn các gia đình 👨‍👩‍👧‍👦!
`;

/** Typed on a keyboard that writes decomposed letters: the whole body is NFD. */
const NFD_BODY = `
## Kế hoạch khuyến học

Quỹ khuyến học trao học bổng cho học sinh vượt khó.

![Học sinh nhận học bổng](../../media/khai-giang.jpg "Lễ trao học bổng")

Xem [thông báo của Sở](https://hcm.edu.vn "Sở Giáo dục và Đào tạo").
`.normalize('NFD');

const NFD_POST = `---
title: Khuyến học năm học 2025-2026
description: Trao học bổng khuyến học.
date: 2026-04-21
category: hoat-dong
---
${NFD_BODY}`;

let site: TempSite;
let outRoot: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

const dist = () => join(outRoot, 'mini');
const source = (url: string) => readFileSync(join(dist(), url, 'index.html'), 'utf8');

beforeAll(async () => {
  site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
  site.write('content/tin-tuc/thuc-hien-cong-van-so-gd-dt.md', GD_POST);
  site.write('content/tin-tuc/khuyen-hoc-go-bang-nfd.md', NFD_POST);
  outRoot = join(TEST_OUTPUT, 'real-text');
  rmSync(outRoot, { recursive: true, force: true });
  build = await buildSite('mini', { sitesDir: site.sitesDir, outRoot, onOutput: () => {}, onWarning: () => {} });
  if (!build.ok) return;
  server = await serve(dist());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site.sitesDir, { recursive: true, force: true });
});

async function visit(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${url}`);
  return page;
}

describe('a post with "Sở GD&ĐT", "< 5", entities and emoji', () => {
  it('builds', () => {
    expect(build.error).toBeUndefined();
    expect(build.ok).toBe(true);
  });

  it('shows the text as typed, and escapes it in the HTML', async () => {
    const page = await visit(GD);
    expect(await page.locator('main h1').innerText()).toBe('Thực hiện Công văn của Sở GD&ĐT về ôn tập & xét lên lớp');
    const text = await page.locator('main').innerText();
    expect(text).toContain(
      'Thực hiện Công văn của Sở GD&ĐT, nhà trường thông báo: học sinh có điểm trung bình < 5 được ôn tập trong hè.',
    );
    expect(text).toContain(
      'Nhà trường & Ban đại diện cha mẹ học sinh & giáo viên chủ nhiệm phối hợp; lịch học từ 8\u00a0giờ.',
    );
    expect(text).toContain('Chúc mừng các em 🎉, cảm ơn các gia đình 👨‍👩‍👧‍👦!');
    expect(await page.title()).toContain('Sở GD&ĐT về ôn tập & xét lên lớp');
    await page.close();
    const html = source(GD);
    // In text, `&` and `<` are escaped (as &amp;/&#x26; and &lt;/&#x3C;, depending on the writer).
    expect(html).toMatch(
      /<p>Thực hiện Công văn của Sở GD&(amp|#x26);ĐT, nhà trường thông báo: học sinh có điểm trung bình &(lt|#x3C); 5 /,
    );
    // Typed references are read once, never escaped again (which would show "&amp;" on screen).
    expect(html).not.toMatch(/&(amp|#x26);(amp|#x26|#38|nbsp);/);
    expect(html.normalize('NFC')).toBe(html);
  });
});

describe('a body typed in NFD', () => {
  it('is published in NFC: text, heading id, image alt and title, link title', async () => {
    const html = source(NFD);
    expect(html.normalize('NFC')).toBe(html);
    const page = await visit(NFD);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Quỹ khuyến học trao học bổng cho học sinh vượt khó.');
    expect(await page.locator('main h2', { hasText: 'Kế hoạch khuyến học' }).getAttribute('id')).toBe(
      'kế-hoạch-khuyến-học',
    );
    const image = page.locator('main img[alt="Học sinh nhận học bổng"]');
    expect(await image.getAttribute('title')).toBe('Lễ trao học bổng');
    expect(await page.locator('main a[href="https://hcm.edu.vn"]').getAttribute('title')).toBe(
      'Sở Giáo dục và Đào tạo',
    );
    await page.close();
  });
});

describe('the real search index', () => {
  const table: [what: string, query: string, found: string][] = [
    ['abbreviation with &', 'GD&ĐT', GD],
    ['phrase with &', 'Sở GD&ĐT', GD],
    ['lower case, đ typed as d', 'gd&dt', GD],
    ['words before "< 5"', 'điểm trung bình', GD],
    ['words after "&" in the title', 'xét lên lớp', GD],
    ['words of the NFD body', 'khuyến học', NFD],
    ['typed in NFD', 'khuyến học'.normalize('NFD'), NFD],
    ['unaccented', 'khuyen hoc', NFD],
  ];
  it.each(table)('finds the post: %s («%s»)', async (_what, query, found) => {
    const page = await openSearch(browser, server.url);
    await typeQuery(page, query);
    const shown = await results(page);
    expect(shown.map((r) => r.href)).toContain(found);
    if (found === GD)
      expect(shown.find((r) => r.href === GD)?.title).toBe('Thực hiện Công văn của Sở GD&ĐT về ôn tập & xét lên lớp');
    await page.close();
  });
});
