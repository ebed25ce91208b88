/**
 * An EduPortal-style portal (`/…/ct/<n>/<n>`, `xem_trang_tin.aspx?id=`) crawled over
 * HTTP from a loopback server: robots.txt obeyed, the tool's User-Agent, resumable from
 * its state file without fetching a page twice, redirects and query-string addresses
 * kept; then the real build, vnu, the redirect pages and the nginx map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runImport, type ImportOptions } from '../../scripts/lib/import/run.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import type { CrawlState } from '../../scripts/lib/import/crawl.ts';
import { createPoliteFetcher } from '../../scripts/lib/import/polite-fetch.ts';
import { prepareFixture, prepareSite, type Prepared } from './helpers/fixtures.ts';
import { serveMirror, type MirrorServer } from './helpers/mirror-server.ts';
import { bodyOf, frontMatter } from './helpers/site-files.ts';
import { buildImported, redirectsIn, vnuErrors } from './helpers/built.ts';
import { importOptions } from './helpers/options.ts';

const DAI_HOI = '/tin-tuc-su-kien/hoat-dong-doan-doi/dai-hoi-lien-doi-nhiem-ky-2023-2024/ct/45/1203';
let fixture: Prepared;
let server: MirrorServer;
let site: { sitesDir: string; siteDir: string };
let first: ImportReport;
let report: ImportReport;
let cacheDir: string;

const options = (extra: Partial<ImportOptions>): ImportOptions =>
  // Polite but quick: the delay is configurable, 1 s by default.
  importOptions({ siteDir: site.siteDir, from: `${server.url}/`, cacheDir }, { delayMs: 5, ...extra });

beforeAll(async () => {
  fixture = await prepareFixture('eduportal');
  cacheDir = join(fixture.dir, '.cache');
  // An address the old portal itself redirected (a renamed post) must lead to the new page too.
  server = await serveMirror(join(fixture.dir, 'thcsanphu.hcm.edu.vn'), 'http://thcsanphu.hcm.edu.vn', {
    '/tin-tuc/dai-hoi-lien-doi.html': DAI_HOI,
  });
  site = prepareSite();
  // The first run stops after two pages, as an interrupted crawl would; the second resumes.
  first = await runImport(options({ maxPages: 2 }));
  report = await runImport(options({}));
}, 180_000);

afterAll(async () => {
  await server.close();
  rmSync(fixture.dir, { recursive: true, force: true });
  rmSync(site.sitesDir, { recursive: true, force: true });
});

describe('import of an EduPortal-style portal over HTTP', () => {
  it('asks robots.txt first, names itself, keeps out of what robots.txt forbids', () => {
    expect(server.requests[0]?.path).toBe('/robots.txt');
    expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(
      new Set([expect.stringMatching(/^CongTruongImport\/1\.0/)]),
    );
    expect(server.requests.some((r) => r.path.startsWith('/quan-tri/'))).toBe(false);
  });

  it('resumes from its state file and fetches no page twice', () => {
    expect(first.imported.length).toBeLessThan(report.imported.length);
    const pages = server.requests.map((r) => r.path).filter((p) => p !== '/robots.txt');
    expect(pages.length).toBe(new Set(pages).size);
    const state = JSON.parse(
      readFileSync(join(cacheDir, server.url.replace('http://', '').replace(':', '_'), 'state.json'), 'utf8'),
    ) as CrawlState;
    expect(state.queue).toEqual([]);
    expect(state.redirects).toEqual({ [`${server.url}/tin-tuc/dai-hoi-lien-doi.html`]: `${server.url}${DAI_HOI}` });
  });

  it('imports each post once with all its old addresses', () => {
    expect(report.kind).toBe('eduportal');
    expect(report.imported.map((e) => e.file).sort()).toEqual([
      'content/cong-khai/cong-khai-cac-khoan-thu-nam-hoc-2023-2024.md',
      'content/tin-tuc/dai-hoi-lien-doi-nhiem-ky-2023-2024.md',
      'content/tin-tuc/hoi-thao-chuyen-de-day-hoc-stem.md',
      'content/tin-tuc/lich-cong-tac-thang-10-nam-2023.md',
      'content/trang/lich-su.md',
      'content/van-ban/quyet-dinh-thanh-lap-ban-bien-tap-cong-thong-tin-dien-tu.md',
    ]);
    expect(frontMatter(join(site.siteDir, 'content/tin-tuc/dai-hoi-lien-doi-nhiem-ky-2023-2024.md'))).toMatchObject({
      date: '2023-10-18',
      category: 'doan-doi',
      oldPaths: [DAI_HOI, '/tin-tuc/dai-hoi-lien-doi.html'],
    });
    // An empty alt takes the photo's caption.
    expect(bodyOf(join(site.siteDir, 'content/tin-tuc/dai-hoi-lien-doi-nhiem-ky-2023-2024.md'))).toContain(
      '![Ban chỉ huy Liên đội nhiệm kỳ 2023-2024 ra mắt Đại hội](../../media/dai-hoi-lien-doi.jpg)',
    );
    // The post's printed date, not the date in the portal's header.
    expect(frontMatter(join(site.siteDir, 'content/tin-tuc/hoi-thao-chuyen-de-day-hoc-stem.md'))).toMatchObject({
      date: '2017-10-18',
      category: 'chuyen-mon',
    });
  });

  it('reads the EduPortal văn bản table and leaves the .exe behind', () => {
    expect(
      frontMatter(join(site.siteDir, 'content/van-ban/quyet-dinh-thanh-lap-ban-bien-tap-cong-thong-tin-dien-tu.md')),
    ).toMatchObject({
      number: '45/QĐ-THCSAP',
      type: 'quyet-dinh',
      issuer: 'Trường THCS An Phú',
      issuerLevel: 'truong',
      signer: 'Lê Văn Tâm',
      issued: '2023-09-05',
      files: [{ file: '/tep/45-qd-thcsap-ban-bien-tap.pdf' }],
    });
    expect(readdirSync(join(site.siteDir, 'public/tep')).sort()).toEqual([
      '45-qd-thcsap-ban-bien-tap.pdf',
      'cac-khoan-thu-2023-2024.pdf',
    ]);
    expect(report.review.map((r) => `${r.issue} ${r.words.en}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^asset .*danh-sach\.exe: a file type the portal may not publish \(only pdf, .*\)\. Fix: if the file is needed, save it as PDF/,
        ),
        expect.stringMatching(/^document-number /),
      ]),
    );
  });

  it('reads only its own host, within the size limit, and nothing robots.txt forbids', async () => {
    const fetcher = createPoliteFetcher({ origin: server.url, delayMs: 0 });
    const pdf = new URL('/Upload/vanban/45-qd-thcsap-ban-bien-tap.pdf', server.url);
    expect('bytes' in (await fetcher.read(pdf, 10_000))).toBe(true);
    expect(await fetcher.read(pdf, 100)).toEqual({
      reason: { vi: 'tệp quá lớn (trên 1 KB)', en: 'too large (over 1 KB)' },
    });
    expect(await fetcher.read(new URL('/quan-tri/dang-nhap', server.url), 10_000)).toEqual({
      reason: { vi: 'robots.txt của cổng cũ không cho tải', en: "the old portal's robots.txt disallows it" },
    });
    expect(await fetcher.read(new URL('https://www.facebook.com/sharer.php'), 10_000)).toEqual({
      reason: { vi: 'ở trang web khác, không tải', en: 'on another website, not fetched' },
    });
  });

  it('builds, passes the HTML checker, redirects every plain old address, and maps the query-string one', async () => {
    const dist = await buildImported(site.sitesDir, 'thcs-hoa-binh', 'eduportal');
    const redirects = redirectsIn(site.siteDir, dist);
    expect(redirects.size).toBe(7);
    expect([...redirects.values()]).not.toContain('MISSING');
    expect(redirects.get('/gioi-thieu/lich-su-nha-truong/ct/10/100')).toBe('/gioi-thieu/lich-su/');
    expect(readFileSync(join(site.siteDir, '.import/nginx-redirects.map'), 'utf8')).toContain(
      '"thcs-hoa-binh:/xem_trang_tin.aspx?id=1203" /tin-tuc/dai-hoi-lien-doi-nhiem-ky-2023-2024/;',
    );
    expect(existsSync(join(dist, 'xem_trang_tin.aspx'))).toBe(false);
    expect(vnuErrors(dist)).toEqual([]);
  }, 600_000);
});
