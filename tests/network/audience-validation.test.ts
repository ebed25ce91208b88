/**
 * `audience` against the hierarchy, at validation time: a school cannot address
 * anyone, and a unit's `units` must be its members at some depth in the sites folder
 * (or, with remoteMembers, may be a remote member: the build warns if it is not).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, type Problem } from '../../content-schemas/errors.ts';
import { validateSite } from '../../content-schemas/validate.ts';
import { loadNetwork } from '../../scripts/lib/network/index.ts';
import { NETWORK_SITES_DIR } from '../helpers/paths.ts';

function copyFixture() {
  const sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-network-'));
  cpSync(NETWORK_SITES_DIR, sitesDir, { recursive: true });
  const edit = (path: string, change: (s: string) => string) =>
    writeFileSync(join(sitesDir, path), change(readFileSync(join(sitesDir, path), 'utf8')));
  return { sitesDir, edit };
}

function problemsOf(siteDir: string): Problem[] {
  try {
    validateSite(siteDir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

describe('audience at validation', () => {
  it('accepts the fixture: units named at any depth (the Sở names a school of its Phòng)', () => {
    for (const id of ['so-gddt-thu-nghiem', 'phong-vhxh-thu-nghiem', 'th-thu-nghiem', 'thcs-thu-nghiem'])
      expect(problemsOf(join(NETWORK_SITES_DIR, id)), id).toEqual([]);
  });

  it('refuses audience on a school entry, naming the file, the field and the fix in both languages', () => {
    const { sitesDir, edit } = copyFixture();
    edit('th-thu-nghiem/content/tin-tuc/ngay-hoi-doc-sach.md', (s) =>
      s.replace('category: hoat-dong\n', 'category: hoat-dong\naudience: all\n'),
    );
    const problems = problemsOf(join(sitesDir, 'th-thu-nghiem'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'audience' });
    expect(problems[0]?.file).toMatch(/th-thu-nghiem\/content\/tin-tuc\/ngay-hoi-doc-sach\.md$/);
    expect(problems[0]?.vi).toBe(
      '«Gửi đến các đơn vị» (audience): trường học không có đơn vị trực thuộc để gửi. Cách sửa: xoá trường audience; chỉ Phòng, Sở mới gửi văn bản, thông báo xuống các trường.',
    );
    expect(problems[0]?.en).toContain('Fix: remove the audience field');
  });

  it('refuses a unit id that is no member of the unit', () => {
    const { sitesDir, edit } = copyFixture();
    edit('phong-vhxh-thu-nghiem/content/van-ban/kiem-tra-cong-khai-truong-tieu-hoc.md', (s) =>
      s.replace('units: [th-thu-nghiem]', 'units: [th-thu-nghiem, so-gddt-thu-nghiem]'),
    );
    const problems = problemsOf(join(sitesDir, 'phong-vhxh-thu-nghiem'));
    expect(problems.map((p) => p.field)).toEqual(['audience.units.1']);
    expect(problems[0]?.vi).toContain('"so-gddt-thu-nghiem" không phải đơn vị trực thuộc');
    expect(problems[0]?.en).toContain("Fix: write the unit's id");
  });

  it('with remoteMembers, leaves an unknown id to the build, which warns', async () => {
    const { sitesDir, edit } = copyFixture();
    edit('phong-vhxh-thu-nghiem/site.yaml', (s) => `${s}remoteMembers:\n  - url: http://127.0.0.1:9/\n`);
    edit('phong-vhxh-thu-nghiem/content/van-ban/kiem-tra-cong-khai-truong-tieu-hoc.md', (s) =>
      s.replace('units: [th-thu-nghiem]', 'units: [th-thu-nghiem, mn-xa-la]'),
    );
    expect(problemsOf(join(sitesDir, 'phong-vhxh-thu-nghiem'))).toEqual([]);
    const net = await loadNetwork({
      sitesDir,
      siteId: 'phong-vhxh-thu-nghiem',
      cacheDir: mkdtempSync(join(tmpdir(), 'cong-truong-lien-thong-')),
      timeoutMs: 2000,
    });
    expect(net.members.map((m) => m.unit.id)).toEqual(['th-thu-nghiem', 'thcs-thu-nghiem']);
    expect(net.warnings).toHaveLength(2);
    expect(net.warnings[0]).toContain('(http://127.0.0.1:9/): site.json: không kết nối được');
    expect(net.warnings[1]).toContain('«audience.units» ghi "mn-xa-la", không phải đơn vị trực thuộc nào');
  });
});
