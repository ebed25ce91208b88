/**
 * An old portal's RSS feed (NukeViet's /rss/news/) when no mirror can be made: the
 * newest posts, with their categories and dates in Vietnam time, titles typed in NFD
 * stored in NFC; the feed's own addresses become the redirects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../../scripts/lib/import/run.ts';
import type { ImportReport } from '../../scripts/lib/import/report.ts';
import { IMPORT_FIXTURES, prepareSite } from './helpers/fixtures.ts';
import { frontMatter } from './helpers/site-files.ts';

let site: { sitesDir: string; siteDir: string };
let report: ImportReport;

beforeAll(async () => {
  site = prepareSite();
  report = await runImport({
    siteDir: site.siteDir,
    siteId: 'thcs-hoa-binh',
    from: join(IMPORT_FIXTURES, 'feed/tin-tuc.rss.xml'),
    // Photos and files would come from this mirror; these posts have none.
    filesFrom: join(IMPORT_FIXTURES, 'nukeviet'),
    kind: 'auto',
    dryRun: false,
    cacheDir: join(site.sitesDir, '.cache'),
    delayMs: 0,
    maxPages: 10,
  });
});

afterAll(() => rmSync(site.sitesDir, { recursive: true, force: true }));

describe('import of an RSS feed', () => {
  it('imports each item as news with its category, its Vietnamese date and its old address', () => {
    expect(report.kind).toBe('feed');
    expect(readdirSync(join(site.siteDir, 'content/tin-tuc')).sort()).toEqual([
      'hoc-sinh-lop-9a-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-huyen.md',
      'thong-bao-tuyen-sinh-cau-lac-bo-bong-ro.md',
    ]);
    const prize = frontMatter(
      join(site.siteDir, 'content/tin-tuc/hoc-sinh-lop-9a-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-huyen.md'),
    );
    expect(prize).toMatchObject({
      title: 'Học sinh lớp 9A đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp huyện',
      date: '2024-03-15',
      category: 'chuyen-mon',
      oldPaths: ['/news/chuyen-mon/hoc-sinh-lop-9a-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-huyen-31.html'],
    });
    expect(prize.title).toBe(String(prize.title).normalize('NFC'));
    // 17:30 GMT on 18/3 is already 19/3 in Vietnam.
    expect(frontMatter(join(site.siteDir, 'content/tin-tuc/thong-bao-tuyen-sinh-cau-lac-bo-bong-ro.md'))).toMatchObject(
      { date: '2024-03-19', category: 'thong-bao' },
    );
    expect(report.review).toEqual([]);
  });
});
