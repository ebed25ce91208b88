/**
 * validate.ts builds each collection's schema once per process and points its image
 * check at the entry being parsed. These tests check that nothing of one entry or one
 * site is left in the cached schema: each site's images are judged in its own folder,
 * and a file changed between two reads is judged as it is now.
 */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readEntry, readSite } from '../../content-schemas/validate.ts';
import { copySite } from '../helpers/temp-site.ts';
import { FIXTURE_SITES_DIR } from '../helpers/paths.ts';

const POST = 'content/tin-tuc/le-khai-giang-nam-hoc-moi.md';
const mini = () => copySite(join(FIXTURE_SITES_DIR, 'mini'));

describe('the cached collection schemas', () => {
  it("judge each site's images in that site's own media folder, in any order", () => {
    const whole = mini();
    const missing = mini();
    rmSync(join(missing.siteDir, 'media/khai-giang.jpg'));
    for (let round = 0; round < 2; round += 1) {
      expect(readEntry('news', join(whole.siteDir, POST), whole.siteDir, whole.sitesDir).problems).toEqual([]);
      const { entry, problems } = readEntry('news', join(missing.siteDir, POST), missing.siteDir, missing.sitesDir);
      expect(entry).toBeUndefined();
      expect(problems.map((p) => [p.file, p.field])).toEqual([['mini/' + POST, 'cover.src']]);
      expect(problems[0]?.vi).toContain('không tìm thấy ảnh "../../media/khai-giang.jpg"');
    }
    expect(readSite(whole.siteDir, whole.sitesDir).problems).toEqual([]);
    expect(readSite(missing.siteDir, missing.sitesDir).problems.map((p) => p.field)).toContain('cover.src');
  });

  it('judge an image path against the entry that names it, not the one parsed before', () => {
    const site = mini();
    site.write(
      'content/tin-tuc/anh-ngoai-thu-muc.md',
      [
        '---',
        'title: Ảnh đặt ngoài thư mục media',
        'description: Bài thử một ảnh nằm ngoài thư mục media của trường.',
        'date: 2025-09-06',
        'category: hoat-dong',
        'cover:',
        '  src: ../../site.yaml',
        '  alt: Ảnh thử',
        '---',
        'Nội dung.',
        '',
      ].join('\n'),
    );
    const good = readEntry('news', join(site.siteDir, POST), site.siteDir, site.sitesDir);
    const bad = readEntry('news', join(site.siteDir, 'content/tin-tuc/anh-ngoai-thu-muc.md'), site.siteDir);
    const goodAgain = readEntry('news', join(site.siteDir, POST), site.siteDir, site.sitesDir);
    expect(good.problems).toEqual([]);
    expect(bad.problems.map((p) => p.field)).toEqual(['cover.src']);
    expect(goodAgain.problems).toEqual([]);
    expect(goodAgain.entry?.data).toEqual(good.entry?.data);
  });

  it('re-validate a file changed between two reads', () => {
    const site = mini();
    const file = join(site.siteDir, POST);
    expect(readEntry('news', file, site.siteDir, site.sitesDir).problems).toEqual([]);
    site.edit(POST, (s) => s.replace('date: 2025-09-05', 'date: 2025-02-30'));
    expect(readEntry('news', file, site.siteDir, site.sitesDir).problems.map((p) => p.field)).toEqual(['date']);
    site.edit(POST, (s) => s.replace('date: 2025-02-30', 'date: 2025-09-07'));
    const { entry, problems } = readEntry('news', file, site.siteDir, site.sitesDir);
    expect(problems).toEqual([]);
    expect(entry?.data.date).toEqual(new Date('2025-09-07T00:00:00Z'));
  });

  it('give each entry its own default values', () => {
    const site = mini();
    const { entries } = readSite(site.siteDir, site.sitesDir);
    const withoutFiles = entries.filter((e) => Array.isArray(e.data.files) && e.data.files.length === 0);
    expect(withoutFiles.length).toBeGreaterThan(1);
    const [first, second] = withoutFiles;
    expect(first?.data.files).not.toBe(second?.data.files);
  });
});
