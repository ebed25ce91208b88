/**
 * Phone numbers and e-mail addresses on a 360 px phone, in Chromium, on a real build
 * of the mini fixture with a post an editor might write: a contact table whose long
 * cells hold "028 3836 4512 (máy lẻ 105)", "0912.345.678" and a hyphenated address,
 * typed partly on an NFD keyboard, with "Sở GD&ĐT" and emoji. No number is split over
 * two lines, no address breaks inside a word, nothing passes the screen's edge; the
 * open consultation gives its address as mailto: links; the theme's MDX pages too; and
 * /tim-kiem/ shows one search box, which takes the header's access key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';
import { tableProblems } from './table-measure.ts';
import { visitorProblems } from './visitor-measure.ts';

const POST = '/tin-tuc/danh-ba-cac-bo-phan/';
const CONSULTATION = '/lay-y-kien/du-thao-noi-quy/';
const NFD = (s: string) => s.normalize('NFD');

const POST_SOURCE = `---
title: Danh bạ các bộ phận năm học 2026-2027
description: Điện thoại và thư điện tử của từng bộ phận để cha mẹ học sinh liên hệ.
date: 2026-09-05
category: thong-bao
---
Cha mẹ học sinh cần hỗ trợ xin gọi văn phòng 028 3836 4512 (${NFD('máy lẻ')} 105) hoặc 0912.345.678, hay viết thư đến tuyensinh.thcs-thunghiem@hcm.edu.vn 📨.

| Việc cần hỏi | Người phụ trách | Liên hệ |
| --- | --- | --- |
| ${NFD('Hồ sơ chuyển trường')} theo hướng dẫn của Sở GD&ĐT 📄, xác nhận học bạ | Cô Nguyễn Thị Thu Hằng – Văn thư | Gọi 028 3836 4512 (máy lẻ 105) hoặc (028) 3836 4513 trong giờ hành chính, thư điện tử vanthu.thcs-thunghiem@hcm.edu.vn |
| Tuyển sinh lớp 6 năm học 2026-2027 | Thầy Phạm Quốc Bảo | 0912 345 678 – 0912.345.679 – +84 28 3836 4512 |
`;

let browser: Browser;
let server: StaticServer;
let out: string;

beforeAll(async () => {
  const temp = copySite(join(FIXTURE_SITES_DIR, 'mini'));
  temp.write('content/tin-tuc/danh-ba-cac-bo-phan.md', POST_SOURCE);
  out = mkdtempSync(join(tmpdir(), 'visitor-phone-tokens-'));
  const result = await buildSite('mini', { sitesDir: temp.sitesDir, outRoot: out });
  rmSync(temp.sitesDir, { recursive: true, force: true });
  expect(result.error).toBeUndefined();
  server = await serve(join(out, 'mini'));
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function phone(width: number, large = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  if (large) await context.addInitScript(() => localStorage.setItem('ct-display', JSON.stringify({ large: true })));
  return { context, page: await context.newPage() };
}

/** Phone numbers in the article's running text laid out on more than one line. */
function splitPhonesInText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    for (const p of document.querySelectorAll('main article p')) {
      const text = p.textContent ?? '';
      for (const m of text.matchAll(/(?:\(0\d{1,3}\) ?|(?<![\d.,])0)\d{1,4}(?:[ .]\d{2,4}){1,3}(?!\d)|máy lẻ \d+/gu)) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const chars: [Node, number][] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          for (let i = 0; i < (n.textContent ?? '').length; i++) chars.push([n, i]);
        const range = document.createRange();
        range.setStart(...chars[m.index]!);
        const [endNode, endAt] = chars[m.index + m[0].length - 1]!;
        range.setEnd(endNode, endAt + 1);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}

describe('phone numbers and e-mail addresses in an editor’s post', () => {
  it.each([
    [360, false],
    [320, true],
  ])(
    'at %i px («Chữ lớn»: %s) keeps every number whole and breaks addresses only at "@" and "."',
    async (width, large) => {
      const { context, page } = await phone(width, large);
      await page.goto(`${server.url}${POST}`);
      expect(await page.locator('main table').innerText()).toContain(
        'Hồ sơ chuyển trường theo hướng dẫn của Sở GD&ĐT 📄',
      );
      // At 320 px with «Chữ lớn» the three columns need more than the screen: the table then
      // scrolls in its named box (WCAG 1.4.10 allows it for data tables) rather than split a number.
      const problems = await tableProblems(page);
      expect(problems.filter((p) => width >= 360 || p.kind !== 'clipped')).toEqual([]);
      expect(await splitPhonesInText(page)).toEqual([]);
      expect(await visitorProblems(page)).toEqual([]);
      // The table's address does break (the cell is narrower than it), after its "@" or at a dot.
      const address = page.locator('main table a[href="mailto:vanthu.thcs-thunghiem@hcm.edu.vn"]');
      expect((await address.boundingBox())!.height).toBeGreaterThan(30);
      await context.close();
    },
  );

  it('would show the flaw without the kept runs: the measure sees "028 3836 / 4512"', async () => {
    const { context, page } = await phone(360);
    await page.goto(`${server.url}${POST}`);
    await page.addStyleTag({ content: '.ct-nowrap { white-space: normal !important }' });
    await page.evaluate(() => {
      // A narrow phone column, as on the example sites' contact pages before the fix.
      for (const td of document.querySelectorAll<HTMLElement>('main table td:nth-child(3)')) td.style.width = '6.5rem';
    });
    const split = (await tableProblems(page)).filter((p) => p.kind === 'split').map((p) => p.text);
    expect(split.filter((t) => /\d \d/.test(t))).not.toEqual([]);
    await context.close();
  });
});

describe('the open consultation', () => {
  it('gives its e-mail address as a mailto: link in the facts table and in the how-to sentence', async () => {
    const { context, page } = await phone(360);
    await page.goto(`${server.url}${CONSULTATION}`);
    const row = page.locator('main table tr', { hasText: 'Thư điện tử nhận ý kiến' });
    const link = row.locator('a[href="mailto:thcsthunghiem@hcm.edu.vn"]');
    expect(await link.innerText()).toBe('thcsthunghiem@hcm.edu.vn');
    const howTo = page.locator('main p', { hasText: 'Gửi ý kiến bằng văn bản đến' });
    expect(await howTo.innerText()).toBe(
      'Gửi ý kiến bằng văn bản đến Văn phòng nhà trường, 5 đường Số 3, phường Đông Hòa, hoặc qua thư điện tử thcsthunghiem@hcm.edu.vn, chậm nhất ngày 31/12/2099.',
    );
    expect(await howTo.locator('a[href="mailto:thcsthunghiem@hcm.edu.vn"]').count()).toBe(1);
    expect(await visitorProblems(page)).toEqual([]);
    await context.close();
  });
});

describe('the theme’s MDX pages', () => {
  it.each(['/chinh-sach-bao-mat/', '/kha-nang-tiep-can/'])('%s links the unit’s address', async (url) => {
    const { context, page } = await phone(360);
    await page.goto(`${server.url}${url}`);
    const link = page.locator('main a[href="mailto:thcsthunghiem@hcm.edu.vn"]');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe('thcsthunghiem@hcm.edu.vn');
    // Told apart from the text around it by more than colour (WCAG 1.4.1).
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
    await context.close();
  });
});

describe('/tim-kiem/', () => {
  it('shows one search box, named, in one search landmark, with access key 4', async () => {
    const { context, page } = await phone(360);
    await page.goto(`${server.url}/tim-kiem/`);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    const box = page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' });
    expect(await box.getAttribute('accesskey')).toBe('4');
    expect(await page.locator('[accesskey="4"]').count()).toBe(1);
    // Keyboard users reach it first after the skip link (headless Chromium ignores access keys).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);
    await context.close();
  });

  it('keeps the header box, with access key 4, on every other page', async () => {
    const { context, page } = await phone(360);
    for (const url of ['/', '/lien-he/', POST]) {
      await page.goto(`${server.url}${url}`);
      expect(await page.locator('header input[type="search"][accesskey="4"]').count(), url).toBe(1);
    }
    await context.close();
  });
});
