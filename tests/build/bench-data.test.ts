/** The benchmark's generated schools are valid sites: same validator as the build. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSite } from '../../content-schemas/validate.ts';
import sharp from 'sharp';
import { distinctJpeg, generateSchools } from '../../scripts/bench/generate.ts';
import { makePhonePhoto } from '../../scripts/bench/phone-photo.ts';
import { treeRss } from '../../scripts/bench/memory.ts';
import { BENCH_UNIT, POSTS_PER_YEAR, projectProvince, putUnderUnit, repoGrowth } from '../../scripts/bench/province.ts';
import { pdfText } from '../../themes/cong-truong/indexing/pdf-text.ts';

const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-bench-data-'));
afterAll(() => rmSync(sitesDir, { recursive: true, force: true }));

describe('bench data', () => {
  it('N schools of every level in turn, M posts each, K photos as covers; all valid', async () => {
    const generated = await generateSchools({
      sitesDir,
      schools: 7,
      posts: 3,
      photos: 1,
      today: new Date('2025-11-22T03:00:00Z'),
    });
    expect(generated).toMatchObject({ posts: 21, photos: 7 });
    expect(generated.ids).toEqual([
      'truong-001',
      'truong-002',
      'truong-003',
      'truong-004',
      'truong-005',
      'truong-006',
      'truong-007',
    ]);
    for (const id of generated.ids) {
      const { site, entries } = validateSite(join(sitesDir, id));
      expect(entries.filter((e) => e.collection === 'news' && e.slug.startsWith('bai-'))).toHaveLength(3);
      expect(site.level).toBeDefined();
    }
    expect(existsSync(join(sitesDir, 'truong-001/media/anh-1.jpg'))).toBe(true);
    expect(readdirSync(join(sitesDir, 'truong-007/media')).filter((f) => f.endsWith('.jpg'))).toEqual(['anh-1.jpg']);
  });

  it('inline photos and distinct PDF attachments; the schools under a Phòng that validates with them', async () => {
    const dir = mkdtempSync(join(sitesDir, 'province-'));
    const generated = await generateSchools({
      sitesDir: dir,
      schools: 2,
      posts: 5,
      photos: 4,
      inlineEvery: 2,
      attachments: 2,
      today: new Date('2025-11-22T03:00:00Z'),
    });
    expect(generated).toMatchObject({ posts: 10, photos: 8, attachments: 4 });
    putUnderUnit(dir, generated.ids);
    const unit = validateSite(join(dir, BENCH_UNIT));
    expect(unit.site.unitType).toBe('phong');
    for (const id of generated.ids) {
      const { site, entries } = validateSite(join(dir, id));
      expect(site.parent?.id).toBe(BENCH_UNIT);
      const withFiles = entries.filter((e) => Array.isArray(e.data.files) && e.data.files.length);
      expect(withFiles.map((e) => e.slug).sort()).toEqual(['bai-0001', 'bai-0002']);
      const bodies = entries.filter((e) => e.body.includes('![Học sinh tham gia hoạt động ngoại khóa](../../media/'));
      expect(bodies.map((e) => e.slug).sort()).toEqual(['bai-0001', 'bai-0003']);
    }
    // Attachments are real PDFs with text, each with its own bytes (its own cache entry).
    const cache = join(dir, 'pdf-cache');
    const texts = await Promise.all(
      generated.ids.map((id) => pdfText(join(dir, id, 'public/tep/ke-hoach-0001.pdf'), id, cache)),
    );
    expect(texts.map((t) => [t.warning, t.cached])).toEqual([
      [undefined, false],
      [undefined, false],
    ]);
    expect(readFileSync(join(dir, generated.ids[0]!, 'public/tep/ke-hoach-0001.pdf'))).not.toEqual(
      readFileSync(join(dir, generated.ids[1]!, 'public/tep/ke-hoach-0001.pdf')),
    );
    // The template school is smaller than a generated one: growth is positive and scales to a year.
    const template = await generateSchools({ sitesDir: join(dir, 'template'), schools: 1, posts: 0, photos: 0 });
    const growth = repoGrowth(dir, generated.ids, 5, join(dir, 'template', template.ids[0]!));
    expect(growth.schoolBytes).toBeGreaterThan(growth.templateBytes);
    expect(growth.bytesPerSchoolYear).toBe(
      Math.round(((growth.schoolBytes - growth.templateBytes) / 5) * POSTS_PER_YEAR),
    );
  });

  it('a phone photo made distinct decodes to the same pixels, with other bytes', async () => {
    const photo = await makePhonePhoto(7, { width: 400, height: 300 });
    const copy = distinctJpeg(photo, 'truong-002/anh-3');
    expect(copy.equals(photo)).toBe(false);
    const [a, b] = await Promise.all([sharp(photo).raw().toBuffer(), sharp(copy).raw().toBuffer()]);
    expect(b.equals(a)).toBe(true);
    expect((await sharp(copy).metadata()).format).toBe('jpeg');
  });

  it('projects 600 schools on 20 runners from the per-site times', () => {
    expect(projectProvince(12, 6)).toEqual({
      schools: 600,
      runners: 20,
      schoolsPerRunner: 30,
      coldMinutes: 6,
      warmMinutes: 3,
    });
  });

  it.runIf(existsSync('/proc/self/statm'))('measures the resident memory of this process tree', () => {
    const sizes = treeRss();
    expect(sizes[0]).toBeGreaterThan(10 * 1024 ** 2);
  });
});
