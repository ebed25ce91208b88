/**
 * A stand-in for the theme's output, written from a site's content: the smallest set
 * of pages that meets every rule the audit checks on built HTML (Dublin Core, footer
 * facts, text sitemap and sitemap.xml, English page, print action, search page). The
 * audit's rule tests mutate a copy of it, so they do not depend on how far the theme is.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateSite, type Entry } from '../../../content-schemas/validate.ts';
import { PAGE_ROUTES, type PageKey } from '../../../content-schemas/collections/pages.ts';
import type { SiteConfig } from '../../../content-schemas/site.ts';

interface Page {
  url: string;
  title: string;
  body: string;
  lang?: 'vi' | 'en';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SECTIONS: [string, string][] = [
  ['/gioi-thieu/', 'Giới thiệu'],
  ['/tin-tuc/', 'Tin tức'],
  ['/van-ban/', 'Văn bản'],
  ['/cong-khai/', 'Công khai'],
  ['/tuyen-sinh/', 'Tuyển sinh'],
  ['/hoi-dap/', 'Hỏi đáp'],
  ['/lay-y-kien/', 'Lấy ý kiến'],
  ['/lien-he/', 'Liên hệ'],
  ['/so-do-cong/', 'Sơ đồ cổng'],
  ['/tim-kiem/', 'Tìm kiếm'],
  ['/en/', 'English'],
];

function layout(site: SiteConfig, page: Page): string {
  const en = page.lang === 'en';
  const dc = {
    'DC.title': page.title,
    'DC.creator': site.name,
    'DC.date': '2026-11-20',
    'DC.description': `${page.title} – ${site.name}`,
    'DC.publisher': site.name,
    'DC.identifier': `https://${site.domain}${page.url}`,
    'DC.language': en ? 'en' : 'vi',
  };
  const meta = Object.entries(dc)
    .map(([k, v]) => `<meta name="${k}" content="${esc(v)}">`)
    .join('');
  const nav = SECTIONS.map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join('');
  const footer = en
    ? `<p>${esc(site.englishName ?? site.name)}</p><p>Responsible: ${esc(site.responsible.name)}</p><p>Address: ${esc(site.addressEn ?? site.address)}</p><p>Phone: ${esc(site.phone)} · Email: ${esc(site.email)}</p>`
    : `<p>${esc(site.name)}</p><p>Người chịu trách nhiệm: ${esc(site.responsible.name)}</p><p>Địa chỉ: ${esc(site.address)}</p><p>Điện thoại: ${esc(site.phone)} · Thư điện tử: ${esc(site.email)}</p>`;
  return `<!DOCTYPE html><html lang="${en ? 'en' : 'vi'}"><head><meta charset="utf-8"><title>${esc(page.title)}</title>${meta}</head><body><header><a href="/"><img src="${site.logo.src}" alt="${esc(site.logo.alt)}"> ${esc(site.name)}</a><nav><ul>${nav}</ul></nav></header><main id="noi-dung">${page.body}</main><footer>${footer}</footer></body></html>`;
}

const printButton = '<button type="button" data-print>In / Lưu</button>';

function list(entries: Entry[], base: string, label: (e: Entry) => string): string {
  return `<ul>${entries.map((e) => `<li><a href="${base}${e.slug}/">${esc(label(e))}</a></li>`).join('')}</ul>`;
}

function files(e: Entry): string {
  const f = (e.data.files as { title: string; file: string }[] | undefined) ?? [];
  return f.map((x) => `<p><a href="${x.file}">${esc(x.title)}</a></p>`).join('');
}

export function fakeBuild(siteDir: string, outDir: string): void {
  const { site, entries } = validateSite(siteDir);
  const of = (c: string) => entries.filter((e) => e.collection === c && e.data.draft !== true);
  const pages: Page[] = [{ url: '/', title: site.name, body: `<h1>${esc(site.name)}</h1>` }];
  for (const e of of('pages')) {
    const url = PAGE_ROUTES[e.slug as PageKey] ?? `/${e.slug}/`;
    pages.push({
      url,
      title: String(e.data.title),
      body: `<h1>${esc(String(e.data.title))}</h1><p>${esc(e.body)}</p>`,
    });
  }
  if (!pages.some((p) => p.url === '/gioi-thieu/'))
    pages.push({ url: '/gioi-thieu/', title: 'Giới thiệu', body: '<h1>Giới thiệu</h1>' });
  pages.push({
    url: '/gioi-thieu/lanh-dao/',
    title: 'Lãnh đạo',
    body: `<h1>Lãnh đạo</h1>${of('leaders')
      .map((e) => `<p>${esc(String(e.data.name))}</p>`)
      .join('')}`,
  });
  pages.push({
    url: '/tin-tuc/',
    title: 'Tin tức',
    body: `<h1>Tin tức</h1>${list(of('news'), '/tin-tuc/', (e) => String(e.data.title))}`,
  });
  for (const e of of('news')) {
    const cover = e.data.cover
      ? `<img src="/_astro/${e.slug}.webp" alt="${esc(String((e.data.cover as { alt: string }).alt))}">`
      : '';
    pages.push({
      url: `/tin-tuc/${e.slug}/`,
      title: String(e.data.title),
      body: `<article><h1>${esc(String(e.data.title))}</h1>${cover}<p>${esc(e.body)}</p>${printButton}</article>`,
    });
  }
  pages.push({
    url: '/van-ban/',
    title: 'Văn bản',
    body: `<h1>Văn bản</h1>${list(of('documents'), '/van-ban/', (e) => String(e.data.title))}`,
  });
  for (const e of of('documents')) {
    pages.push({
      url: `/van-ban/${e.slug}/`,
      title: String(e.data.title),
      body: `<article><h1>${esc(String(e.data.title))}</h1>${files(e)}${printButton}</article>`,
    });
  }
  pages.push({
    url: '/cong-khai/',
    title: 'Công khai',
    body: `<h1>Công khai</h1>${of('disclosures').map(files).join('')}`,
  });
  pages.push({
    url: '/tuyen-sinh/',
    title: 'Tuyển sinh',
    body: `<h1>Tuyển sinh</h1>${of('admissions')
      .map((e) => `<p>${esc(String(e.data.title))}</p>`)
      .join('')}`,
  });
  pages.push({
    url: '/hoi-dap/',
    title: 'Hỏi đáp',
    body: `<h1>Hỏi đáp</h1>${of('qa')
      .map((e) => `<p>${esc(String(e.data.title))}</p>`)
      .join('')}`,
  });
  pages.push({
    url: '/lay-y-kien/',
    title: 'Lấy ý kiến',
    body: `<h1>Lấy ý kiến</h1>${of('consultations')
      .map((e) => `<p>${esc(String(e.data.title))}</p>`)
      .join('')}`,
  });
  pages.push({
    url: '/tim-kiem/',
    title: 'Tìm kiếm',
    body: '<h1>Tìm kiếm</h1><form role="search"><label for="q">Từ khóa</label><input id="q" type="search" name="q"></form>',
  });
  pages.push({
    url: '/en/',
    title: site.englishName ?? site.name,
    lang: 'en',
    body: `<h1>${esc(site.englishName ?? site.name)}</h1><p>Contact: ${esc(site.email)}</p>`,
  });
  const sectionLinks = pages.filter((p) => p.url !== '/' && !/^\/(tin-tuc|van-ban)\/[^/]+\/$/.test(p.url));
  pages.push({
    url: '/so-do-cong/',
    title: 'Sơ đồ cổng',
    body: `<h1>Sơ đồ cổng</h1><ul>${sectionLinks.map((p) => `<li><a href="${p.url}">${esc(p.title)}</a></li>`).join('')}</ul>`,
  });

  mkdirSync(outDir, { recursive: true });
  if (existsSync(join(siteDir, 'public'))) cpSync(join(siteDir, 'public'), outDir, { recursive: true });
  mkdirSync(join(outDir, '_astro'), { recursive: true });
  for (const e of of('news'))
    if (e.data.cover) writeFileSync(join(outDir, '_astro', `${e.slug}.webp`), 'webp', { flag: 'w' });
  for (const page of pages) {
    const file = join(outDir, page.url, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, layout(site, page));
  }
  const locs = pages.map((p) => `<url><loc>https://${site.domain}${p.url}</loc></url>`).join('');
  writeFileSync(
    join(outDir, 'sitemap-0.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`,
  );
  writeFileSync(
    join(outDir, 'sitemap-index.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://${site.domain}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
  );
}
