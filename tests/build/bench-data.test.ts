/** The benchmark's generated schools are valid sites: same validator as the build. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSite } from '../../content-schemas/validate.ts';
import { generateSchools } from '../../scripts/bench/generate.ts';
import { treeRss } from '../../scripts/bench/memory.ts';

const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-bench-data-'));
afterAll(() => rmSync(sitesDir, { recursive: true, force: true }));

describe('bench data', () => {
  it('N schools of every level in turn, M posts each, K photos as covers; all valid', async () => {
    const generated = await generateSchools({ sitesDir, schools: 7, posts: 3, photos: 1, today: new Date('2025-11-22T03:00:00Z') });
    expect(generated).toMatchObject({ posts: 21, photos: 7 });
    expect(generated.ids).toEqual(['truong-001', 'truong-002', 'truong-003', 'truong-004', 'truong-005', 'truong-006', 'truong-007']);
    for (const id of generated.ids) {
      const { site, entries } = validateSite(join(sitesDir, id));
      expect(entries.filter((e) => e.collection === 'news' && e.slug.startsWith('bai-'))).toHaveLength(3);
      expect(site.level).toBeDefined();
    }
    expect(existsSync(join(sitesDir, 'truong-001/media/anh-1.jpg'))).toBe(true);
    expect(readdirSync(join(sitesDir, 'truong-007/media')).filter((f) => f.endsWith('.jpg'))).toEqual(['anh-1.jpg']);
  });

  it.runIf(existsSync('/proc/self/statm'))('measures the resident memory of this process tree', () => {
    const sizes = treeRss();
    expect(sizes[0]).toBeGreaterThan(10 * 1024 ** 2);
  });
});
