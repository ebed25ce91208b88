/**
 * Every URL of a school portal exists in the built sites, with the right title,
 * language, legal footer facts and metadata; drafts never appear.
 */
import { describe, expect, it } from 'vitest';
import { builtSites, expectedUrls, exists, isDraft, read, type BuiltSite } from './built-sites.ts';

const sites = builtSites();

function htmlUrls(s: BuiltSite): string[] {
  return expectedUrls(s).filter((u) => u.endsWith('/') || u.endsWith('.html'));
}

const strip = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe.each(sites.map((s) => [s.id, s] as const))('site %s', (_id, s) => {
  it('has every expected URL', () => {
    const missing = expectedUrls(s).filter((u) => !exists(s, u));
    expect(missing).toEqual([]);
  });

  it('never builds a draft', () => {
    for (const e of s.entries.filter(isDraft)) {
      expect(exists(s, `/tin-tuc/${e.slug}/`)).toBe(false);
      expect(read(s, '/rss.xml')).not.toContain(String(e.data.title));
    }
  });

  it('gives every page one h1, a title, its language and the legal footer facts', () => {
    for (const url of htmlUrls(s)) {
      const html = strip(read(s, url));
      const lang = url.startsWith('/en/') ? 'en' : 'vi';
      expect(html, url).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
      expect(html.match(/<h1[\s>]/g)?.length, `${url}: one h1`).toBe(1);
      expect(html, url).toMatch(/<title>[^<]+<\/title>/);
      const footer = html.slice(html.lastIndexOf('<footer'));
      for (const fact of [s.site.responsible.name, s.site.phone, s.site.email, s.site.parent.name])
        expect(footer, `${url}: ${fact}`).toContain(fact);
      expect(footer, url).toContain(lang === 'en' && s.site.addressEn ? s.site.addressEn : s.site.address);
      expect(footer, url).toMatch(
        /href="\/so-do-cong\/"[\s\S]*href="\/rss.xml"[\s\S]*href="\/(en\/)?"[\s\S]*href="\/chinh-sach-bao-mat\/"[\s\S]*href="\/kha-nang-tiep-can\/"/,
      );
    }
  });

  it('puts Dublin Core, Open Graph and a canonical URL on every page', () => {
    for (const url of htmlUrls(s).filter((u) => u !== '/404.html')) {
      const html = read(s, url);
      for (const dc of ['title', 'creator', 'date', 'description', 'publisher', 'identifier', 'language']) {
        expect(html, `${url} DC.${dc}`).toMatch(new RegExp(`<meta name="DC.${dc}" content="[^"]+"`));
      }
      expect(html, url).toContain(`<link rel="canonical" href="https://${s.site.domain}${url}"`);
      expect(html, url).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
  });

  it('shows the official identifier, the full name in the header and a search form with a label', () => {
    const home = strip(read(s, '/'));
    expect(home).toContain(`<h1 class="text-xl font-bold leading-tight text-brand md:text-2xl">${s.site.name}</h1>`);
    expect(home).toMatch(/<form role="search" action="\/tim-kiem\/" method="get"[^>]*>\s*<label for="ct-tim"/);
    expect(home).toMatch(/<input id="ct-tim" name="q" type="search" accesskey="4"/);
    expect(home).toMatch(/<a href="#noi-dung" class="ct-skip">/);
    expect(home).toContain('accesskey="1"');
    expect(home).toContain('accesskey="3"');
  });

  it('describes the organisation in JSON-LD on the home page and each news item as a NewsArticle', () => {
    expect(read(s, '/')).toContain(
      s.site.unitType === 'truong' ? '"@type":"EducationalOrganization"' : '"@type":"GovernmentOrganization"',
    );
    const news = s.entries.find((e) => e.collection === 'news' && !isDraft(e));
    if (news) expect(read(s, `/tin-tuc/${news.slug}/`)).toContain('"@type":"NewsArticle"');
  });

  it('titles detail pages with their entry', () => {
    for (const e of s.entries.filter((x) => !isDraft(x))) {
      const base = {
        news: '/tin-tuc/',
        documents: '/van-ban/',
        qa: '/hoi-dap/',
        consultations: '/lay-y-kien/',
        albums: '/thu-vien-anh/',
      }[e.collection as string];
      if (!base) continue;
      expect(strip(read(s, `${base}${e.slug}/`))).toMatch(
        new RegExp(`<h1[^>]*>${String(e.data.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
      );
    }
  });

  it('lists documents in a captioned table with column headers', () => {
    const html = read(s, '/van-ban/');
    expect(html).toMatch(/<table class="ct-table ct-table--docs ct-table--stack">\s*<caption id="ct-van-ban">/);
    for (const col of ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Cơ quan ban hành'])
      expect(html).toContain(`<th scope="col">${col}</th>`);
  });

  it('says the type and size of every attachment', () => {
    for (const e of s.entries.filter((x) => x.collection === 'documents' && !isDraft(x))) {
      expect(read(s, `/van-ban/${e.slug}/`)).toMatch(/\((PDF|DOCX|DOC|ODT|XLSX|CSV|[A-Z]{3,4}), [\d.]+ KB\)/);
    }
  });

  it('has an English home page in English, with the English name', () => {
    const en = read(s, '/en/');
    expect(en).toMatch(/<html[^>]* lang="en"/);
    if (s.site.englishName) expect(en).toContain(s.site.englishName);
  });

  it('links each page that has an English version to it (switch and hreflang), and back', () => {
    const origin = `https://${s.site.domain}`;
    for (const [vi, en] of [
      ['/', '/en/'],
      ['/lien-he/', '/en/lien-he/'],
    ] as const) {
      for (const url of [vi, en]) {
        const html = read(s, url);
        expect(html, url).toContain(`<link rel="alternate" hreflang="vi" href="${origin}${vi}">`);
        expect(html, url).toContain(`<link rel="alternate" hreflang="en" href="${origin}${en}">`);
      }
      expect(read(s, vi)).toMatch(new RegExp(`<a [^>]*href="${en}" hreflang="en" lang="en"`));
      expect(read(s, en)).toMatch(new RegExp(`<a [^>]*href="${vi}" hreflang="vi" lang="vi"`));
    }
    // Pages with no English version lead to the English home page, and carry no hreflang.
    const news = read(s, '/tin-tuc/');
    expect(news).not.toContain('hreflang="en" href=');
    expect(news).toMatch(/<a [^>]*href="\/en\/" hreflang="en" lang="en"/);
  });

  it('publishes an RSS feed of the news and a web manifest', () => {
    const rss = read(s, '/rss.xml');
    expect(rss).toContain('<rss');
    const news = s.entries.filter((e) => e.collection === 'news' && !isDraft(e));
    if (news[0]) expect(rss).toContain(`https://${s.site.domain}/tin-tuc/`);
    expect(JSON.parse(read(s, '/manifest.webmanifest'))).toMatchObject({
      name: s.site.name,
      lang: 'vi',
      start_url: '/',
    });
  });
});

describe('fixture mini: states computed at build time', () => {
  const mini = sites.find((s) => s.id === 'mini') as BuiltSite;

  it('marks a consultation open before its deadline and closed after it', () => {
    expect(read(mini, '/lay-y-kien/du-thao-noi-quy/')).toContain('Đang lấy ý kiến');
    const closed = read(mini, '/lay-y-kien/ke-hoach-ban-tru/');
    expect(closed).toContain('Đã hết hạn lấy ý kiến');
    expect(closed).toContain('Đa số ý kiến đồng ý');
  });

  it('shows only the alerts active on the build date, on every page', () => {
    for (const url of ['/', '/van-ban/']) {
      const html = read(mini, url);
      expect(html).toContain('Học sinh nghỉ học ngày mai do bão.');
      expect(html).not.toContain('Thông báo đã hết hạn');
    }
  });

  it('paginates the news list under /trang/<n>/ and links the pages', () => {
    const page1 = read(mini, '/tin-tuc/');
    expect(page1).toContain('href="/tin-tuc/trang/2/"');
    expect(read(mini, '/tin-tuc/trang/2/')).toContain('aria-current="page"');
  });

  it('computes attachment sizes from the files', () => {
    expect(read(mini, '/van-ban/kh-tuyen-sinh-lop-6/')).toContain('(DOCX, 3 KB)');
  });

  it('groups công khai by TT 09/2024 category, current year first, earlier years archived', () => {
    const html = read(mini, '/cong-khai/');
    expect(html.indexOf('2025-2026')).toBeLessThan(html.indexOf('2024-2025'));
    expect(html).toContain('Điều kiện bảo đảm chất lượng');
    expect(html).toContain('href="/cong-khai/nam-hoc/2024-2025/"');
  });

  it('renders the English text of the Giới thiệu page and leaders with English titles', () => {
    const en = read(mini, '/en/');
    expect(en).toContain('About the school');
    expect(en).toContain('<strong>1,200 students</strong>');
    expect(en).toContain('Vice-principal');
  });

  it('adds Thực đơn to the default menu of preschools only', () => {
    const nav = (s: BuiltSite) => read(s, '/').match(/<nav class="ct-nav[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(nav(mini)).not.toContain('href="/thuc-don/"');
    const mn = sites.find((s) => s.id === 'mn-hoa-sen') as BuiltSite;
    expect(nav(mn)).toContain('href="/thuc-don/"');
  });
});
