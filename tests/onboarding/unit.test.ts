/**
 * `npm run new-school -- --unit phong|so`: a Phòng or Sở site from its own template
 * (no level, no công khai, no admissions), linked to its parent unit, validated like a
 * school; the Phòng is built by the real pipeline and audited against TT 37/2020 Điều 8:
 * its only errors are the template text left to replace and the văn bản not yet posted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../../content-schemas/errors.ts';
import { validateSite } from '../../content-schemas/validate.ts';
import { auditSite } from '../../scripts/audit/index.ts';
import { utcDate } from '../../scripts/audit/dates.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { createSchools, type CreatedSite } from '../../scripts/lib/onboarding/create.ts';
import { COMMAND_LINE } from '../../scripts/lib/onboarding/input.ts';
import { TEMPLATE_MARKER } from '../../scripts/lib/onboarding/marker.ts';
import { membersOf } from '../../themes/cong-truong/members.ts';
import { SITES_DIR, TEST_OUTPUT } from '../helpers/paths.ts';

const SO = 'so-gddt-tphcm';
const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const TODAY = new Date('2026-11-22T03:00:00Z');

let sitesDir: string;
let created: CreatedSite[];
const read = (id: string, path: string) => readFileSync(join(sitesDir, id, path), 'utf8');
const frontmatter = (id: string, path: string) =>
  parseYaml(read(id, path).split('---')[1] ?? '') as Record<string, unknown>;

beforeAll(() => {
  sitesDir = mkdtempSync(join(tmpdir(), 'cong-truong-new-unit-'));
  cpSync(join(SITES_DIR, SO), join(sitesDir, SO), { recursive: true });
  created = createSchools(
    [
      {
        id: 'phong-vhxh-sai-gon',
        name: 'Phòng Văn hóa - Xã hội phường Sài Gòn',
        unit: 'phong',
        parent: SO,
        principal: 'Nguyễn Thị Mai',
        source: { file: COMMAND_LINE },
      },
      {
        id: 'so-gddt-dong-nai',
        name: 'Sở Giáo dục và Đào tạo tỉnh Đồng Nai',
        unit: 'so',
        parent: 'Ủy ban nhân dân tỉnh Đồng Nai',
        source: { file: COMMAND_LINE },
      },
    ],
    { sitesDir, today: TODAY },
  );
});
afterAll(() => rmSync(sitesDir, { recursive: true, force: true }));

describe('new-school --unit', () => {
  it('creates a Phòng and a Sở without a level, each passing the site validator', () => {
    expect(created.map((s) => [s.id, s.unit, s.level])).toEqual([
      ['phong-vhxh-sai-gon', 'phong', undefined],
      ['so-gddt-dong-nai', 'so', undefined],
    ]);
    for (const site of created) expect(() => validateSite(site.dir, sitesDir), site.id).not.toThrow();
  });

  it("writes the unit's type, its head and its parent: a Sở of the folder by id, or a name", () => {
    const phong = parseYaml(read('phong-vhxh-sai-gon', 'site.yaml')) as Record<string, any>;
    expect(phong).toMatchObject({
      unitType: 'phong',
      responsible: { name: 'Nguyễn Thị Mai', position: 'Trưởng phòng' },
    });
    expect(phong.level).toBeUndefined();
    expect(phong.parent).toEqual({
      name: 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
      url: 'https://sogddt.hcm.edu.vn',
      id: SO,
    });
    expect(frontmatter('phong-vhxh-sai-gon', 'content/lanh-dao/truong-phong.md')).toMatchObject({
      name: 'Nguyễn Thị Mai',
      position: 'Trưởng phòng',
    });
    const so = parseYaml(read('so-gddt-dong-nai', 'site.yaml')) as Record<string, any>;
    expect(so).toMatchObject({
      unitType: 'so',
      parent: { name: 'Ủy ban nhân dân tỉnh Đồng Nai' },
      responsible: { position: 'Giám đốc Sở' },
    });
    expect(frontmatter('so-gddt-dong-nai', 'content/lanh-dao/giam-doc-so.md')).toMatchObject({
      position: 'Giám đốc Sở',
    });
    expect(membersOf(sitesDir, SO).members.map((m) => m.id)).toEqual(['phong-vhxh-sai-gon']);
  });

  it("writes the unit's own pages and none of a school's: no công khai, no admissions, no head of school", () => {
    for (const site of created) {
      for (const folder of ['cong-khai', 'tuyen-sinh'])
        expect(existsSync(join(site.dir, 'content', folder)), `${site.id} ${folder}`).toBe(false);
      expect(existsSync(join(site.dir, 'content/lanh-dao/hieu-truong.md'))).toBe(false);
      expect(read(site.id, 'content/trang/gioi-thieu.md')).not.toContain('là cơ sở giáo dục');
      expect(read(site.id, 'content/trang/chuc-nang-nhiem-vu.md')).toContain(TEMPLATE_MARKER);
    }
    expect(read('phong-vhxh-sai-gon', 'content/trang/gioi-thieu.md')).toContain(
      'chịu sự hướng dẫn chuyên môn của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
    );
    expect(read('phong-vhxh-sai-gon', 'public/logo.svg')).toContain('>VH-XH</text>');
    expect(read('so-gddt-dong-nai', 'public/logo.svg')).toContain('>SỞ GD&amp;ĐT</text>');
  });

  it('refuses a level beside --unit, and an unknown unit type, creating nothing', () => {
    const attempt = (unit: string, level?: string) => {
      try {
        createSchools([{ id: 'phong-x', name: 'Phòng X', unit, level, source: { file: COMMAND_LINE } }], {
          sitesDir,
          today: TODAY,
        });
      } catch (error) {
        return (error as ContentError).problems.map((p) => [p.field, p.vi, p.en]);
      }
      return [];
    };
    expect(attempt('phong', 'thcs')).toEqual([
      [
        '--level',
        'Tham số --level (cấp học): "thcs": Phòng, Sở không có cấp học. Cách sửa: bỏ --level khi tạo cổng của đơn vị (--unit phong).',
        'Flag --level (school level): "thcs": a Phòng or Sở has no school level. Fix: drop --level when creating a unit\'s site (--unit phong).',
      ],
    ]);
    expect(attempt('truong')).toEqual([
      [
        '--unit',
        'Tham số --unit (loại đơn vị): "truong" không phải loại đơn vị. Cách sửa: dùng một trong: phong (Phòng quản lý giáo dục cấp xã (Phòng Văn hóa - Xã hội)), so (Sở Giáo dục và Đào tạo).',
        'Flag --unit (unit type): unknown unit type "truong". Fix: use one of: phong, so.',
      ],
    ]);
    expect(existsSync(join(sitesDir, 'phong-x'))).toBe(false);
  });
});

describe('a new Phòng built by the real pipeline', () => {
  const outRoot = join(TEST_OUTPUT, 'onboarding-unit');

  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    process.env.CONG_TRUONG_CACHE_DIR ??= join(TEST_OUTPUT, '.astro-cache');
    const result = await buildSite('phong-vhxh-sai-gon', { sitesDir, outRoot });
    expect(result.error ?? '').toBe('');
  });

  it('has its home, its leaders and its documents pages', () => {
    for (const page of ['index.html', 'gioi-thieu/lanh-dao/index.html', 'van-ban/index.html'])
      expect(existsSync(join(outRoot, 'phong-vhxh-sai-gon', page)), page).toBe(true);
  });

  it('gets 0 errors from the Nu HTML Checker on every page', () => {
    // vnu prints its JSON report on stderr and exits 1 when it finds errors.
    const run = spawnSync(
      'java',
      ['-jar', VNU_JAR, '--skip-non-html', '--errors-only', '--format', 'json', join(outRoot, 'phong-vhxh-sai-gon')],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const messages = (
      JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string }[] }
    ).messages;
    expect(messages.filter((m) => m.type !== 'info').map((m) => `${m.url}: ${m.message}`)).toEqual([]);
  });

  it('audits under TT 37/2020 Điều 8: only the template text and the missing văn bản are errors', () => {
    const result = auditSite(join(sitesDir, 'phong-vhxh-sai-gon'), join(outRoot, 'phong-vhxh-sai-gon'), {
      date: utcDate(2026, 11, 22),
    });
    expect(result.unitType).toBe('phong');
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(['chua-thay-mau', 'van-ban']));
  });
});
